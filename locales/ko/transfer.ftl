# 회사, 연락처, 리드 가져오기와 내보내기 (R-IMP-1, R-IMP-2): 가져온 시트에서 건너뛰었거나
# 실패한 행마다 결과 한 줄.

import-already-exists = 이미 있음: { $name } ({ $country })
import-already-exists-nowhere = 이미 있음: { $name }
import-invalid-email = 올바른 이메일 주소 없음: { $name }
import-company-not-found = 회사를 찾을 수 없음: { $name }
import-row-refused = { $column }: { $message }
