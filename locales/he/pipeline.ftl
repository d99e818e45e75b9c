# לוח משפך העסקאות: עמודה לכל שלב, וכרטיסים שעוברים ביניהן.

pipeline-with-closed = הצגת עסקאות סגורות
pipeline-department = מחלקה
pipeline-no-stages = למחלקה הזו עדיין אין שלבי עסקה.
# $stage הוא שם השלב, $count מספר העסקאות, $amount סכום העמודה עם המטבע שלו.
pipeline-column-label = { $stage }: { $count ->
        [one] עסקה אחת
       *[other] { $count } עסקאות
    }, { $amount }
# $shown הוא $count בעיצוב של שפת הקורא.
pipeline-column-deals = { $count ->
        [one] עסקה אחת
       *[other] { $shown } עסקאות
    }
pipeline-column-empty = אין עסקאות בשלב הזה.
pipeline-load-more = הצגת עוד
pipeline-no-amount = ללא סכום
pipeline-next-step = הצעד הבא: { $date }
pipeline-move-label = העברת "{ $deal }" לשלב
pipeline-moved = "{ $deal }" הועברה אל "{ $stage }".
pipeline-closed = "{ $deal }" נסגרה.
pipeline-conflict = מישהו אחר שינה את "{ $deal }" בינתיים. הכרטיס מציג עכשיו את הגרסה השמורה; אפשר להעביר אותו שוב אם עדיין צריך.

## סגירת עסקה על ידי העברתה

pipeline-close-title = סגירת העסקה
pipeline-close-explanation = העברת "{ $deal }" אל "{ $stage }" סוגרת את העסקה. מדוע היא נסגרה?
pipeline-close-reason = סיבת סגירה
pipeline-close-no-reason = למחלקה הזו אין סיבת סגירה לשלב הזה. מנהל מערכת יכול להוסיף סיבה תחת סיבות סגירה.
pipeline-close-confirm = סגירת העסקה
