# 데스크톱 창에 표시되는 모든 문자열. Rust에서 만드는 메시지는 errors.ftl에 있습니다.

## Application shell

app-name = Oriel CRM
app-starting = 시작하는 중…
app-start-failed = Oriel CRM을 시작할 수 없습니다
app-start-retry = 다시 시도
locale-switch-label = 언어
unexpected-error = 예기치 않은 문제가 발생했습니다. 다시 시도해 보시고, 문제가 계속되면 Oriel CRM을 다시 시작하세요.

## Connect screen

connect-title = 데이터베이스 선택
connect-intro = Oriel CRM은 고객, 거래, 요청을 데이터베이스에 저장합니다. 이 컴퓨터의 내장 데이터베이스로 바로 시작하거나 팀의 PostgreSQL 또는 MySQL 서버에 연결하세요.
connect-opening = 데이터베이스를 여는 중…
connect-embedded-heading = 이 컴퓨터에서
connect-embedded-description = 설정할 필요 없이 바로 사용할 수 있는 개인 데이터베이스 파일입니다. 혼자 작업할 때 가장 적합합니다.
connect-embedded = 내장 데이터베이스 열기
connect-embedded-path = 파일:
connect-saved-heading = 최근 사용
connect-saved-reopen = 다시 열기
connect-server-heading = 서버에서
connect-server-description = 팀과 하나의 CRM을 공유합니다. 각자 자신의 데이터베이스 계정으로 로그인합니다.
server-url-label = 서버 주소
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = 예: postgres://anna@db.example.org:5432/crm 또는 mysql://anna@db.example.org:3306/crm
server-password-label = 비밀번호
server-password-saved-hint = 시스템 키체인에 저장된 비밀번호를 사용하려면 비워 두세요.
remember-password-label = 시스템 키체인에 비밀번호 저장
connect-server = 서버에 연결

## Home screen

home-title = 개요
disconnect = 연결 끊기
connection-heading = 연결
connection-backend-label = 데이터베이스
connection-location-label = 위치
schema-version-label = 스키마 버전
backend-sqlite = 내장 데이터베이스 (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = 설치 설정
settings-description = 이 설정은 이 데이터베이스를 사용하는 모든 사용자에게 적용됩니다.
settings-loading = 설정을 불러오는 중…
settings-load-retry = 다시 시도
org-name-label = 조직 이름
vat-percent-label = 부가가치세 (%)
vat-percent-hint = 0에서 100 사이의 백분율 (예: 19 또는 7.5)
mark-payments-label = 대표 사무소를 통한 결제 표시
mark-payments-hint = 각 결제에 “대표 사무소를 통해 결제됨” 표시를 제공합니다.
check-shipment-dates-label = 출하일 확인
check-shipment-dates-hint = 계약상 출하일이 없거나 지난 거래를 표시합니다.
default-language-label = 기본 언어
settings-save = 설정 저장
settings-saving = 저장하는 중…
settings-saved = 설정이 저장되었습니다.
conflict-hint = 입력한 값은 양식에 그대로 있습니다. 현재 저장된 값이 옆에 표시됩니다.
conflict-use-stored = 저장된 값 사용
conflict-save-mine = 내 값으로 저장

## Stored values

stored-heading = 데이터베이스에 저장된 값
stored-description = 데이터베이스가 마지막으로 반환한 값입니다.
stored-updated-at-label = 마지막 변경
value-yes = 예
value-no = 아니요
value-empty = (비어 있음)
