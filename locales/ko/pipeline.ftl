# 거래 파이프라인 보드: 거래 단계마다 열이 하나씩 있고, 카드가 열 사이를 이동합니다.

pipeline-with-closed = 종료된 거래 표시
pipeline-department = 부서
pipeline-no-stages = 이 부서에는 아직 거래 단계가 없습니다.
# $stage는 단계 이름, $count는 거래 수, $amount는 통화가 붙은 열의 합계입니다.
pipeline-column-label = { $stage }: 거래 { $count }건, { $amount }
# $shown은 읽는 사람의 언어 형식으로 나타낸 $count입니다.
pipeline-column-deals = 거래 { $shown }건
pipeline-column-empty = 이 단계에는 거래가 없습니다.
pipeline-load-more = 더 보기
pipeline-no-amount = 금액 없음
pipeline-next-step = 다음 단계: { $date }
pipeline-move-label = “{ $deal }”을(를) 옮길 단계
pipeline-moved = “{ $deal }”을(를) “{ $stage }” 단계로 옮겼습니다.
pipeline-closed = “{ $deal }” 거래는 종료되었습니다.
pipeline-conflict = 그사이 다른 사람이 “{ $deal }”을(를) 변경했습니다. 카드에는 이제 저장된 버전이 표시됩니다. 여전히 옮겨야 한다면 다시 옮기세요.

## Closing a deal by moving it

pipeline-close-title = 거래 종료
pipeline-close-explanation = “{ $deal }”을(를) “{ $stage }” 단계로 옮기면 거래가 종료됩니다. 종료 사유는 무엇인가요?
pipeline-close-reason = 종료 사유
pipeline-close-no-reason = 이 부서에는 이 단계에 쓸 종료 사유가 없습니다. 관리자가 종료 사유 목록에 추가할 수 있습니다.
pipeline-close-confirm = 거래 종료
