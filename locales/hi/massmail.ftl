# मास मेल (DOMAIN.md §12) और वेब फ़ॉर्म (R-REQ-13, R-REQ-14): अस्वीकृतियाँ, सूचनाएँ, और वे पंक्तियाँ जो
# CRM मेलिंग रिपोर्टों में लिखता है।

field-no_mailing_account = मेलिंग के लिए कोई मेल खाता उपलब्ध नहीं है। कृपया अपने व्यवस्थापक से संपर्क करें।
field-mixed_owners = कृपया केवल समान स्वामी वाले प्राप्तकर्ता चुनें।
field-no_recipients = खराब परिणाम - कोई प्राप्तकर्ता नहीं! कोई दूसरा चयन करें।
field-no_main_account = कृपया पहले अपना मुख्य ईमेल खाता जोड़ें।
field-two_accounts_needed = परीक्षण संदेश भेजने के लिए आपके कम से कम दो मेल खाते आवश्यक हैं।
field-mailings_differ = केवल समान स्वामी, प्राप्तकर्ता प्रकार और संदेश वाली मेलिंग ही मर्ज की जा सकती हैं।
field-after_later_than_before = आरंभ तिथि समाप्ति तिथि के बाद की नहीं होनी चाहिए।

massmail-untitled = बिना शीर्षक
massmail-united = (मर्ज किया गया)
massmail-unsubscribed-excluded = सदस्यता छोड़ चुके उपयोगकर्ताओं को मेलिंग सूची से बाहर रखा गया।
massmail-no-weekend-sending = कृपया ध्यान दें कि शुक्रवार, शनिवार और रविवार को मेलिंग नहीं भेजी जातीं।
massmail-no-account-paused = आपके पास मास मेलिंग के लिए कोई ईमेल खाता उपलब्ध नहीं है।
massmail-vip-only = आपका एकमात्र मेलिंग खाता आपका मुख्य खाता है: यह मेलिंग केवल VIP प्राप्तकर्ताओं तक पहुँच सकती है।
massmail-default-unsubscribe-url = सदस्यता छोड़ने का लिंक अब भी डिफ़ॉल्ट पते पर ले जाता है। कृपया अपने व्यवस्थापक से अपना पता सेट करने के लिए कहें।
massmail-done = { $date } सफलतापूर्वक पूरा हुआ।
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } खाता { $account } अस्वीकार कर दिया गया: { $reason }
massmail-excluded = बाहर रखे गए प्राप्तकर्ताओं की संख्या: { $count }।
massmail-test-sent =
    { $count ->
        [one] आपके { $count } खाते पर एक परीक्षण संदेश भेजा गया।
       *[other] आपके { $count } खातों पर एक परीक्षण संदेश भेजा गया।
    }
massmail-account-refused-subject = मास मेल: खाता { $account } बंद कर दिया गया
massmail-account-refused-text = मेल सर्वर ने खाता { $account } ({ $sender }) अस्वीकार कर दिया: { $reason }। इसकी मेलिंग विफल के रूप में चिह्नित की गईं।

webform-thanks = प्रिय { $name }, आपके अनुरोध के लिए धन्यवाद!
webform-invalid-subject = वेब फ़ॉर्म: अमान्य डेटा
webform-invalid-text = एक वेब फ़ॉर्म अमान्य डेटा के साथ भेजा गया।
webform-unknown-source-subject = वेब फ़ॉर्म: अज्ञात लीड स्रोत
webform-unknown-source-text = एक वेब फ़ॉर्म ऐसे लीड स्रोत टोकन के साथ भेजा गया जो किसी भी लीड स्रोत से मेल नहीं खाता।
webform-country-error-subject = देश के नाम में त्रुटि।
webform-country-error-text = एक वेब फ़ॉर्म में ऐसे देश का नाम दिया गया जिसे CRM नहीं पहचानता: { $country }
webform-inquiry-content =
    नाम: { $name }
    फ़ोन: { $phone }
    ईमेल: { $email }
    कंपनी: { $company }
    संदेश: { $message }
