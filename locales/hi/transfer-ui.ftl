# आयात और निर्यात स्क्रीन (R-IMP-1, R-IMP-2): कंपनियों, संपर्कों और लीड की शीट अंदर,
# कंपनियों, संपर्कों, लीड और डील की शीट बाहर।

nav-transfer = आयात और निर्यात
transfer-description = स्प्रेडशीट से रिकॉर्ड लाएँ, या उन्हें स्प्रेडशीट में निर्यात करें।
transfer-entity = रिकॉर्ड का प्रकार

## Import

import-heading = आयात
import-hint = ऐसी XLSX फ़ाइल जिसकी पहली पंक्ति में स्तंभों के नाम हों, जैसा निर्यात की गई फ़ाइल में होता है। जिन पंक्तियों का रिकॉर्ड पहले से मौजूद है, उन्हें छोड़ दिया जाता है।
import-file = फ़ाइल
import-start = आयात शुरू करें
import-reading = फ़ाइल पढ़ी जा रही है…
import-progress-label = आयात की प्रगति
import-progress-rows =
    { $total ->
        [one] { $total } में से { $done } पंक्ति
       *[other] { $total } में से { $done } पंक्तियाँ
    }
import-cancel = आयात रद्द करें
import-cancelling = मौजूदा पंक्ति के बाद रोका जा रहा है…
import-failed = फ़ाइल आयात नहीं की गई।
import-report-heading = आयात का परिणाम
import-report-found = फ़ाइल में पंक्तियाँ
import-report-created = बनाई गईं
import-report-skipped = छोड़ी गईं
import-report-failed = विफल
import-report-cancelled = आयात रद्द कर दिया गया। उससे पहले सहेजी गई पंक्तियाँ बनी रहती हैं; फ़ाइल का बाकी हिस्सा पढ़ा नहीं गया।
import-report-complete = पूरी फ़ाइल पढ़ ली गई।
import-report-messages = छोड़ी गई और विफल पंक्तियाँ
import-row-skipped = पंक्ति { $row }, छोड़ी गई: { $message }
import-row-failed = पंक्ति { $row }, विफल: { $message }

## Export

export-heading = निर्यात
export-hint = फ़ाइल में इस प्रकार के वे सभी रिकॉर्ड होते हैं जिनके स्वामी आप हैं।
export-start = XLSX में निर्यात करें
export-working = निर्यात हो रहा है…
export-ready =
    { $rows ->
        [one] { $rows } रिकॉर्ड निर्यात किया गया।
       *[other] { $rows } रिकॉर्ड निर्यात किए गए।
    }
export-download = { $file } सहेजें
