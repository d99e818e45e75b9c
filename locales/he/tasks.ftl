# משימות, פרויקטים ותזכירים פנימיים (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = זוהי משימת משנה, ולכן יש לציין אחראי אחד בלבד.
field-active_subtask = לא ניתן לסגור את המשימה הראשית כל עוד אחת ממשימות המשנה שלה עדיין פעילה.

task-closed-automatically = המשימה הראשית נסגרת אוטומטית.
task-next-step-done = בוצע
deal-workflow-memo = נכתב התזכיר הפנימי - { $name }

notice-memo-received = קיבלת את התזכיר הפנימי
notice-memo-subscribed = נרשמת לתזכיר הפנימי
notice-memo-reviewed = התזכיר הפנימי נבדק
notice-work-responsible = באחריותך
notice-work-subscribed = נרשמת למעקב
