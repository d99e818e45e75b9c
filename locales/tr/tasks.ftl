# Görevler, projeler ve dahili notlar (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Bu bir alt görev; bu nedenle yalnızca bir sorumlu belirtin.
field-active_subtask = Alt görevlerinden biri hâlâ etkinken ana görev kapatılamaz.

task-closed-automatically = Ana görev otomatik olarak kapatıldı.
task-next-step-done = Tamamlandı
deal-workflow-memo = Dahili not yazıldı - { $name }

notice-memo-received = Size bir dahili not geldi
notice-memo-subscribed = Bu dahili nota abonesiniz
notice-memo-reviewed = Dahili not incelendi
notice-work-responsible = Bundan siz sorumlusunuz
notice-work-subscribed = Buna abonesiniz
