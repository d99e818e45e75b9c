# 작업, 프로젝트, 사내 메모 (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = 하위 작업이므로 담당자를 한 명만 지정하세요.
field-active_subtask = 진행 중인 하위 작업이 있으면 기본 작업을 완료할 수 없습니다.

task-closed-automatically = 기본 작업이 자동으로 완료되었습니다.
task-next-step-done = 완료
deal-workflow-memo = 사내 메모가 작성되었습니다 - { $name }

notice-memo-received = 사내 메모를 받았습니다
notice-memo-subscribed = 이 사내 메모를 구독하고 있습니다
notice-memo-reviewed = 사내 메모가 검토되었습니다
notice-work-responsible = 담당자로 지정되었습니다
notice-work-subscribed = 구독 중입니다
