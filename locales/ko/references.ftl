# 초기 데이터로 들어 있는 참조 항목 이름(단계, 종료 사유, 고객 유형, 업종, 리드 소스, 부서,
# 역할)을 언어별로 표시합니다. ID는 `refname-` 뒤에 저장된 이름을 소문자로 바꾸고 그 밖의
# 문자가 이어진 부분을 하이픈 하나로 바꾼 것입니다. 사용자가 입력한 이름은 입력한 그대로 표시됩니다.

## Departments

refname-global-sales = 해외 영업
refname-local-sales = 국내 영업
refname-bookkeeping = 회계

## Roles

refname-managers = 매니저
refname-operators = 운영자
refname-superoperators = 상위 운영자
refname-chiefs = 책임자
refname-accountants = 회계 담당자
refname-task-operators = 작업 담당자
refname-co-workers = 동료
refname-department-heads = 부서장

## Deal stages

refname-request = 요청
refname-analysis-of-request = 요청 분석
refname-clarification-of-the-requirements = 요구 사항 확인
refname-price-offer = 가격 제안
refname-commercial-proposal = 사업 제안서
refname-commercial-offer = 견적서
refname-agreement = 합의
refname-invoice = 송장
refname-receiving-the-first-payment = 첫 결제 수령
refname-shipment = 출하
refname-closed-successful = 종료 (성공)

## Closing reasons

refname-the-client-is-not-responding = 고객이 응답하지 않음
refname-specifications-are-not-suitable = 사양이 맞지 않음
refname-the-deal-was-closed-successfully = 거래가 성공적으로 종료됨
refname-purchase-postponed = 구매 연기
refname-the-price-is-not-competitive = 가격 경쟁력 없음

## Client types

refname-distributor = 유통업체
refname-dealer = 딜러
refname-reseller = 재판매업체
refname-end-customer = 최종 고객
refname-competitor = 경쟁사

## Industries

refname-railway = 철도
refname-aviation = 항공
refname-oil-gas = 석유 및 가스
refname-power-generation = 발전
refname-metallurgy = 금속 산업
refname-shipbuilding = 조선
refname-automotive-industry = 자동차 산업
refname-capital-construction = 건설
refname-service-companies = 서비스 기업
refname-educational-institutions = 교육 기관
refname-welders = 용접 업체
refname-pipelines = 파이프라인 시설
refname-pipe-production = 파이프 제조
refname-mining = 광업

## Lead sources

refname-website-form = 웹사이트 양식
refname-website-email = 웹사이트 이메일
refname-exhibition = 전시회
refname-website-form-iframe = 웹사이트 양식 (iframe)

## Other

refname-technical-and-commercial-offer = 기술 및 가격 제안서
