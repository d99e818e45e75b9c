# किसी रिकॉर्ड के बगल में दिखने वाले नोट, जो बिना त्रुटि के सहेजा या खोला गया पर जिस पर ध्यान देना ज़रूरी है।

warning-specify-products = उत्पाद बताएँ।
warning-country-not-specified = अनुरोध में देश नहीं बताया गया है।
warning-counterparty-assigned = { $username } को सौंपा गया प्रतिपक्ष मिला।
warning-lead-disqualified = यह लीड अयोग्य है! कृपया विवरण पढ़ें।
warning-no-state-currency = राष्ट्रीय मुद्रा बताना आवश्यक है।
warning-no-marketing-currency = मार्केटिंग मुद्रा बताना आवश्यक है।
