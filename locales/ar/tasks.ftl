# المهام والمشاريع والمذكرات الداخلية (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = هذه مهمة فرعية، لذا حدّد مسؤولًا واحدًا فقط.
field-active_subtask = لا يمكن إغلاق المهمة الرئيسية ما دامت إحدى مهامها الفرعية نشطة.

task-closed-automatically = تُغلق المهمة الرئيسية تلقائيًا.
task-next-step-done = تم
deal-workflow-memo = كُتبت المذكرة الداخلية - { $name }

notice-memo-received = تلقّيت المذكرة الداخلية
notice-memo-subscribed = أنت مشترك في المذكرة الداخلية
notice-memo-reviewed = تمت مراجعة المذكرة الداخلية
notice-work-responsible = أنت المسؤول عنها
notice-work-subscribed = أنت مشترك فيها
