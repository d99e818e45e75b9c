# タスク、プロジェクト、社内メモ (DOMAIN.md §6.2, §11)。

field-subtask_one_responsible = これはサブタスクのため、担当者は 1 人だけ指定してください。
field-active_subtask = サブタスクがまだ進行中のため、メイン タスクを完了できません。

task-closed-automatically = メイン タスクは自動的に完了しました。
task-next-step-done = 完了
deal-workflow-memo = 社内メモが作成されました - { $name }

notice-memo-received = 社内メモを受け取りました
notice-memo-subscribed = この社内メモを購読しています
notice-memo-reviewed = 社内メモが確認されました
notice-work-responsible = あなたが担当者です
notice-work-subscribed = これを購読しています
