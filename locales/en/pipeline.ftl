# The deal pipeline board: one column per deal stage, cards that move between them.

pipeline-with-closed = Show closed deals
pipeline-department = Department
pipeline-no-stages = This department has no deal stages yet.
# $stage is the stage's name, $count the number of deals, $amount the column's total with its currency.
pipeline-column-label = { $stage }: { $count ->
        [one] one deal
       *[other] { $count } deals
    }, { $amount }
# $shown is $count formatted for the reader's language.
pipeline-column-deals = { $count ->
        [one] { $shown } deal
       *[other] { $shown } deals
    }
pipeline-column-empty = No deals at this stage.
pipeline-load-more = Show more
pipeline-no-amount = No amount
pipeline-next-step = Next step: { $date }
pipeline-move-label = Move “{ $deal }” to stage
pipeline-moved = “{ $deal }” moved to “{ $stage }”.
pipeline-closed = “{ $deal }” is closed.
pipeline-conflict = Someone else changed “{ $deal }” meanwhile. The card now shows the saved version; move it again if it still has to go.

## Closing a deal by moving it

pipeline-close-title = Close the deal
pipeline-close-explanation = Moving “{ $deal }” to “{ $stage }” closes the deal. Why was it closed?
pipeline-close-reason = Closing reason
pipeline-close-no-reason = This department has no closing reason for this stage. An administrator can add one under closing reasons.
pipeline-close-confirm = Close the deal
