# 사용자를 대신해 CRM이 레코드에 기록하는 텍스트. 받는 사용자의 언어로 기록됩니다.

deal-first-next-step = 고객과 첫 연락을 합니다.
deal-workflow-request = 요청
deal-product-shipped = 제품이 출하되었습니다.
