# सूचनाएँ और सूचना ईमेल (DOMAIN.md §14), उस उपयोगकर्ता की भाषा में जिसके लिए वे हैं।

notice-request-received = आपको अनुरोध मिला है
notice-request-co-owner = आप इस अनुरोध के सह-स्वामी हैं
notice-deal-received = आपको डील मिली है
notice-deal-co-owner = आप इस डील के सह-स्वामी हैं
notice-product-shipped = उत्पाद भेज दिया गया है।
notice-reminder = CRM रिमाइंडर: { $subject }
notice-no-email-address = { $username } का कोई ईमेल पता नहीं है, इसलिए ईमेल “{ $subject }” उन तक नहीं पहुँचा। उनके उपयोगकर्ता में एक पता जोड़ें।

# R-NOTIF-5: व्यवस्थापकों को क्या बताया जाता है।
admin-notice-invalid-web-form = एक वेब फ़ॉर्म अज्ञात या अमान्य फ़ॉर्म टोकन के साथ भेजा गया।
admin-notice-unknown-country = किसी देश का नाम पहचाना नहीं जा सका।
admin-notice-rate-provider = विनिमय दरें लोड नहीं की जा सकीं।
admin-notice-mailbox = किसी मेलबॉक्स को पढ़ा नहीं जा सका या भेजने के लिए उपयोग नहीं किया जा सका।
admin-notice-massmail-account = एक मास मेल खाता विफल रहा।
admin-notice-import = एक आयात विफल रहा।

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = आपको एक नया अनुरोध सौंपा गया
announce-request-co-owner = अब आप एक अनुरोध के सह-स्वामी हैं
announce-while-away-title = आपकी अनुपस्थिति में: { $title }
announce-request-body = { $request } — { $by } द्वारा सौंपा गया
announce-while-away = आपकी अनुपस्थिति में
announce-while-away-count =
    { $count ->
        [one] आपको एक अनुरोध सौंपा गया।
       *[other] आपको { $count } अनुरोध सौंपे गए।
    }
announce-open = खोलें
