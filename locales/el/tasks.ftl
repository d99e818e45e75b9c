# Tasks, projects and office memos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Αυτή είναι υποεργασία, οπότε ορίστε μόνο έναν υπεύθυνο.
field-active_subtask = Η κύρια εργασία δεν μπορεί να κλείσει όσο κάποια από τις υποεργασίες της είναι ακόμη ενεργή.

task-closed-automatically = Η κύρια εργασία έκλεισε αυτόματα.
task-next-step-done = Ολοκληρώθηκε
deal-workflow-memo = Συντάχθηκε το εσωτερικό σημείωμα – { $name }

notice-memo-received = Λάβατε το εσωτερικό σημείωμα
notice-memo-subscribed = Έχετε εγγραφεί στο εσωτερικό σημείωμα
notice-memo-reviewed = Το εσωτερικό σημείωμα εξετάστηκε
notice-work-responsible = Είστε ο υπεύθυνος
notice-work-subscribed = Έχετε εγγραφεί στις ενημερώσεις
