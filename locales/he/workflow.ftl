# טקסטים שה-CRM כותב ברשומות בשם המשתמש, בשפה של אותו משתמש.

deal-first-next-step = יצירת קשר ראשון עם הלקוח.
deal-workflow-request = פנייה
deal-product-shipped = המוצר נשלח.
