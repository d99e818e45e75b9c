# 오류 없이 저장되거나 열렸지만 확인이 필요한 레코드 옆에 표시되는 안내.

warning-specify-products = 제품을 지정하세요.
warning-country-not-specified = 요청에 국가가 지정되지 않았습니다.
warning-counterparty-assigned = { $username } 님에게 배정된 거래 상대방을 찾았습니다.
warning-lead-disqualified = 이 리드는 부적격 처리되었습니다! 설명을 확인하세요.
warning-no-state-currency = 자국 통화를 지정해야 합니다.
warning-no-marketing-currency = 마케팅 통화를 지정해야 합니다.
