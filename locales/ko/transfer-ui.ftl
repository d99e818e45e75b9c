# 가져오기 및 내보내기 화면(R-IMP-1, R-IMP-2): 회사, 연락처, 리드 시트를 가져오고
# 회사, 연락처, 리드, 거래 시트를 내보냅니다.

nav-transfer = 가져오기 및 내보내기
transfer-description = 스프레드시트에서 레코드를 가져오거나 스프레드시트로 내보냅니다.
transfer-entity = 대상 레코드

## Import

import-heading = 가져오기
import-hint = 내보낸 파일처럼 첫 번째 행에 열 이름이 있는 XLSX 파일입니다. 레코드가 이미 있는 행은 건너뜁니다.
import-file = 파일
import-start = 가져오기 시작
import-reading = 파일을 읽는 중…
import-progress-label = 가져오기 진행률
import-progress-rows = { $total }행 중 { $done }행
import-cancel = 가져오기 취소
import-cancelling = 현재 행을 처리한 후 중지합니다…
import-failed = 파일을 가져오지 못했습니다.
import-report-heading = 가져오기 결과
import-report-found = 파일의 행 수
import-report-created = 생성됨
import-report-skipped = 건너뜀
import-report-failed = 실패
import-report-cancelled = 가져오기가 취소되었습니다. 그 전에 저장된 행은 유지되며, 파일의 나머지 부분은 읽지 않았습니다.
import-report-complete = 파일 전체를 읽었습니다.
import-report-messages = 건너뛰거나 실패한 행
import-row-skipped = { $row }행, 건너뜀: { $message }
import-row-failed = { $row }행, 실패: { $message }

## Export

export-heading = 내보내기
export-hint = 이 파일에는 내가 담당하는 이 종류의 레코드가 모두 들어 있습니다.
export-start = XLSX로 내보내기
export-working = 내보내는 중…
export-ready = 레코드 { $rows }개를 내보냈습니다.
export-download = { $file } 저장
