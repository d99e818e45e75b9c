# 작업 화면: 탐색, 목록, 양식, 명령 팔레트, 단축키.

## Common actions

action-new = 새 { $entity }
action-cancel = 취소
action-close = 닫기
action-retry = 다시 시도
action-back-to = { $list } 목록으로 돌아가기

## Navigation

nav-label = 주 메뉴
nav-home = 개요
nav-pipeline = 파이프라인
nav-unknown = 이 화면은 존재하지 않습니다.
nav-pending = 이전 날짜부터 대기 중 { $older }건, 오늘 받음 { $today }건
nav-group-sales = 영업
nav-group-customers = 고객
nav-group-goods = 제품 및 매출
nav-group-reference = 참조 목록
nav-group-admin = 관리

## Lists

list-count = 레코드 { $count }개
list-empty = 아직 항목이 없습니다.
list-loading = 불러오는 중…
list-search-placeholder = 이 목록에서 검색
list-mine = 내 항목만
list-filters = 필터
list-views = 저장된 보기
list-view-name = 보기 이름
list-view-save = 보기 저장
list-view-delete = “{ $name }” 보기 삭제
filter-any = 전체
filter-clear = 필터 지우기

## Bulk actions

bulk-label = 선택한 레코드에 대한 작업
bulk-selected = { $count }개 선택됨
bulk-select-all = 불러온 레코드 모두 선택
bulk-select-row = { $name } 선택
bulk-owner = 담당자 변경
bulk-tag = 태그 추가
bulk-delete = 선택 항목 삭제
bulk-progress = { $total }개 중 { $done }개 완료
bulk-failed = 레코드 #{ $id }: { $message }

## Record form

record-save = 저장
record-saving = 저장하는 중…
record-saved = 저장되었습니다.
record-revert = 내 변경 사항 취소
record-delete = 삭제
record-delete-confirm = 이 레코드를 삭제할까요? 휴지통으로 이동하며 나중에 복원할 수 있습니다.
picker-search = 입력하여 검색…
picker-clear = 선택 해제
picker-remove = { $name } 제거

## History

history-title = 기록
history-empty = 아직 기록된 변경 사항이 없습니다.
history-unavailable = 기록을 불러올 수 없습니다.
history-system = Oriel CRM
history-action-create = 생성됨
history-action-update = 변경됨
history-action-delete = 삭제됨
history-action-restore = 복원됨
history-action-merge = 병합됨
history-action-purge = 영구 삭제됨

## Edit conflicts

conflict-title = 편집하는 동안 다른 사람이 이 레코드를 저장했습니다
conflict-explanation = 입력한 내용은 사라지지 않았습니다. 값이 다른 필드마다 유지할 값을 선택한 다음 저장하세요.
conflict-field = 필드
conflict-mine = 내가 입력한 값
conflict-stored = 다른 사람이 저장한 값
conflict-base = 편집을 시작할 때의 값
conflict-all-mine = 모두 내 값으로 유지
conflict-all-stored = 모두 상대방 값으로 적용
conflict-back = 내 양식으로 돌아가기
conflict-apply = 선택한 값으로 저장

## Workflows

workflow-request-to-deal = 거래로 전환
workflow-open-deal = 거래 열기
workflow-lead-convert = 회사 및 연락처로 전환
workflow-converted = 리드가 전환되었습니다
workflow-company-created = 새 회사를 만들었습니다:
workflow-company-found = 기존 회사를 찾아 사용했습니다:
workflow-contact-created = 새 연락처를 만들었습니다:
workflow-contact-found = 기존 연락처를 찾아 사용했습니다:
workflow-record-payment = 결제 기록
workflow-merge = 중복 병합
workflow-merge-title = 이 레코드를 다른 레코드에 병합
workflow-merge-explanation = 이 레코드가 중복 항목입니다. 관련 레코드는 원본으로 옮겨지고 이 레코드는 삭제됩니다.
workflow-merge-original = 원본 레코드
workflow-merge-confirm = 원본에 병합
workflow-transfer = 담당자 이전
workflow-transfer-title = 이 회사를 다른 담당자에게 이전
workflow-transfer-explanation = 회사의 연락처도 함께 이전됩니다.
workflow-transfer-owner = 새 담당자
workflow-transfer-confirm = 이전

## Command palette and shortcuts

palette-open = 검색 또는 명령 실행…
palette-shortcut = Ctrl K
palette-label = 명령 팔레트
palette-placeholder = 레코드나 작업 찾기
palette-action = 작업
palette-nothing = 찾은 항목이 없습니다.
palette-searching = 검색하는 중…
palette-go = 이동: { $area }
palette-theme = 색상 테마 전환
palette-language = 언어: { $language }
shortcut-title = 키보드 단축키
shortcut-palette = 명령 팔레트 열기
shortcut-save = 열려 있는 양식 저장
shortcut-new = 이 목록에 새 레코드 만들기
shortcut-search = 이 목록에서 검색
shortcut-help = 이 단축키 보기
shortcut-go-requests = 요청으로 이동
shortcut-go-deals = 거래로 이동
shortcut-go-pipeline = 파이프라인으로 이동
shortcut-go-companies = 회사로 이동
shortcut-go-contacts = 연락처로 이동
shortcut-go-leads = 리드로 이동
shortcut-list-move = 목록에서 이동하고 행 열기
shortcut-close = 대화 상자 닫기

## Theme and connection state

theme-switch = 색상 테마
theme-system = 테마: 시스템
theme-light = 테마: 밝게
theme-dark = 테마: 어둡게
offline-message = 데이터베이스에 연결할 수 없습니다. 입력한 내용은 유지되며, Oriel CRM이 몇 초마다 다시 시도합니다.
offline-retry = 지금 다시 시도

## Deal money

deal-money-amount = 거래 금액
deal-money-paid = 결제됨
deal-money-expected = 미수금

## Form sections

section-person = 인적 사항
section-reach = 연락 방법
section-place = 주소
section-classification = 분류
section-notes = 메모
section-company = 회사
section-ownership = 담당자
section-inquiry = 문의 내용
section-sender = 보낸 사람
section-matches = 일치하는 레코드
section-state = 상태
section-deal = 거래
section-money = 금액
section-counterparty = 고객

## Trash

list-trash = 휴지통
record-in-trash = 이 레코드는 휴지통에 있습니다.
record-restore = 복원

## Notifications

notices-button = 알림
notices-open = 알림, 읽지 않음 { $count }개
notices-title = 알림
notices-none = 알림이 없습니다.
notices-mark-all = 모두 읽음으로 표시

## Overview tiles

today-title = 오늘
today-requests = 처리를 기다리는 요청
today-deals = 내 진행 중인 거래
today-due = 오늘까지이거나 기한이 지난 내 다음 단계
notices-while-away = 부재 중
notices-include-own = 내가 나에게 배정한 요청도 알림
