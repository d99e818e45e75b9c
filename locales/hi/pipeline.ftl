# डील पाइपलाइन बोर्ड: हर डील चरण का एक स्तंभ, और कार्ड जो उनके बीच ले जाए जाते हैं।

pipeline-with-closed = बंद डील दिखाएँ
pipeline-department = विभाग
pipeline-no-stages = इस विभाग में अभी कोई डील चरण नहीं है।
# $stage चरण का नाम है, $count डील की संख्या, $amount मुद्रा सहित स्तंभ का कुल योग।
pipeline-column-label = { $stage }: { $count ->
        [one] एक डील
       *[other] { $count } डील
    }, { $amount }
# $shown पाठक की भाषा में स्वरूपित $count है।
pipeline-column-deals = { $shown } डील
pipeline-column-empty = इस चरण में कोई डील नहीं है।
pipeline-load-more = और दिखाएँ
pipeline-no-amount = कोई राशि नहीं
pipeline-next-step = अगला कदम: { $date }
pipeline-move-label = “{ $deal }” को इस चरण में ले जाएँ
pipeline-moved = “{ $deal }” को “{ $stage }” में ले जाया गया।
pipeline-closed = “{ $deal }” बंद है।
pipeline-conflict = इस बीच किसी और ने “{ $deal }” को बदल दिया। कार्ड अब सहेजा गया संस्करण दिखा रहा है; अगर इसे अब भी ले जाना है, तो फिर से ले जाएँ।

## Closing a deal by moving it

pipeline-close-title = डील बंद करें
pipeline-close-explanation = “{ $deal }” को “{ $stage }” में ले जाने से डील बंद हो जाती है। इसे क्यों बंद किया गया?
pipeline-close-reason = बंद करने का कारण
pipeline-close-no-reason = इस विभाग में इस चरण के लिए बंद करने का कोई कारण नहीं है। व्यवस्थापक इसे बंद करने के कारणों में जोड़ सकता है।
pipeline-close-confirm = डील बंद करें
