# Tugas, proyek, dan memo internal (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Ini adalah subtugas, jadi tentukan hanya satu penanggung jawab.
field-active_subtask = Tugas utama tidak dapat ditutup selama salah satu subtugasnya masih aktif.

task-closed-automatically = Tugas utama ditutup secara otomatis.
task-next-step-done = Selesai
deal-workflow-memo = Memo internal telah ditulis - { $name }

notice-memo-received = Anda menerima memo internal
notice-memo-subscribed = Anda berlangganan memo internal ini
notice-memo-reviewed = Memo internal telah ditinjau
notice-work-responsible = Anda penanggung jawabnya
notice-work-subscribed = Anda berlangganan ini
