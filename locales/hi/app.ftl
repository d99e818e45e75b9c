# डेस्कटॉप विंडो में दिखने वाला हर पाठ। Rust द्वारा बनाए जाने वाले संदेश errors.ftl में हैं।

## Application shell

app-name = Oriel CRM
app-starting = शुरू हो रहा है…
app-start-failed = Oriel CRM शुरू नहीं हो सका
app-start-retry = फिर से कोशिश करें
locale-switch-label = भाषा
unexpected-error = कुछ अनपेक्षित गड़बड़ी हुई। कृपया फिर से कोशिश करें, और यदि ऐसा बार-बार हो तो Oriel CRM को फिर से शुरू करें।

## Connect screen

connect-title = डेटाबेस चुनें
connect-intro = Oriel CRM आपके ग्राहकों, डील और अनुरोधों को एक डेटाबेस में रखता है। इस कंप्यूटर के अंतर्निहित डेटाबेस के साथ तुरंत शुरू करें, या अपनी टीम के PostgreSQL या MySQL सर्वर से कनेक्ट करें।
connect-opening = डेटाबेस खोला जा रहा है…
connect-embedded-heading = इस कंप्यूटर पर
connect-embedded-description = एक निजी डेटाबेस फ़ाइल, जो बिना किसी सेटअप के तुरंत तैयार है। अकेले काम करने के लिए सबसे अच्छी।
connect-embedded = अंतर्निहित डेटाबेस खोलें
connect-embedded-path = फ़ाइल:
connect-saved-heading = हाल ही में उपयोग किया गया
connect-saved-reopen = फिर से खोलें
connect-server-heading = सर्वर पर
connect-server-description = अपनी टीम के साथ एक ही CRM साझा करें। हर व्यक्ति अपने डेटाबेस खाते से साइन इन करता है।
server-url-label = सर्वर का पता
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = उदाहरण के लिए postgres://anna@db.example.org:5432/crm या mysql://anna@db.example.org:3306/crm
server-password-label = पासवर्ड
server-password-saved-hint = सिस्टम कीचेन में सहेजा गया पासवर्ड उपयोग करने के लिए खाली छोड़ दें।
remember-password-label = पासवर्ड को सिस्टम कीचेन में याद रखें
connect-server = सर्वर से कनेक्ट करें

## Home screen

home-title = अवलोकन
disconnect = डिस्कनेक्ट करें
connection-heading = कनेक्शन
connection-backend-label = डेटाबेस
connection-location-label = स्थान
schema-version-label = स्कीमा संस्करण
backend-sqlite = अंतर्निहित डेटाबेस (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = इंस्टॉलेशन सेटिंग्स
settings-description = ये सेटिंग्स इस डेटाबेस के साथ काम करने वाले सभी लोगों पर लागू होती हैं।
settings-loading = सेटिंग्स लोड हो रही हैं…
settings-load-retry = फिर से कोशिश करें
org-name-label = संगठन का नाम
vat-percent-label = वैट (%)
vat-percent-hint = 0 से 100 तक का प्रतिशत, उदाहरण के लिए 19 या 7.5।
mark-payments-label = प्रतिनिधि कार्यालय के माध्यम से किए गए भुगतानों को चिह्नित करें
mark-payments-hint = हर भुगतान पर “प्रतिनिधि कार्यालय के माध्यम से भुगतान किया गया” चिह्न का विकल्प देता है।
check-shipment-dates-label = शिपमेंट की तिथियाँ जाँचें
check-shipment-dates-hint = उन डील को चिह्नित करता है जिनकी अनुबंध के अनुसार शिपमेंट तिथि नहीं दी गई है या बीत चुकी है।
default-language-label = डिफ़ॉल्ट भाषा
settings-save = सेटिंग्स सहेजें
settings-saving = सहेजा जा रहा है…
settings-saved = सेटिंग्स सहेज ली गईं।
conflict-hint = आपके मान अब भी फ़ॉर्म में हैं। अभी संग्रहीत मान उनके बगल में दिखाए गए हैं।
conflict-use-stored = संग्रहीत मानों का उपयोग करें
conflict-save-mine = फिर भी मेरे मान सहेजें

## Stored values

stored-heading = डेटाबेस में संग्रहीत
stored-description = डेटाबेस ने पिछली बार जो मान लौटाए थे।
stored-updated-at-label = अंतिम परिवर्तन
value-yes = हाँ
value-no = नहीं
value-empty = (खाली)
