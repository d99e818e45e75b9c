# पहले से भरे संदर्भ नाम (चरण, बंद करने के कारण, ग्राहक प्रकार, उद्योग, लीड स्रोत, विभाग, भूमिकाएँ)
# हर भाषा में कैसे दिखते हैं। आईडी `refname-` और सहेजे गए नाम का छोटे अक्षरों वाला रूप है, जिसमें
# अन्य वर्णों का हर क्रम एक हाइफ़न बन जाता है। उपयोगकर्ता के टाइप किए नाम वैसे ही दिखते हैं।

## Departments

refname-global-sales = वैश्विक बिक्री
refname-local-sales = स्थानीय बिक्री
refname-bookkeeping = बहीखाता

## Roles

refname-managers = प्रबंधक
refname-operators = ऑपरेटर
refname-superoperators = सुपर-ऑपरेटर
refname-chiefs = प्रमुख
refname-accountants = लेखाकार
refname-task-operators = कार्य ऑपरेटर
refname-co-workers = सहकर्मी
refname-department-heads = विभाग प्रमुख

## Deal stages

refname-request = अनुरोध
refname-analysis-of-request = अनुरोध का विश्लेषण
refname-clarification-of-the-requirements = आवश्यकताओं का स्पष्टीकरण
refname-price-offer = मूल्य प्रस्ताव
refname-commercial-proposal = वाणिज्यिक प्रस्ताव
refname-commercial-offer = वाणिज्यिक ऑफ़र
refname-agreement = समझौता
refname-invoice = चालान
refname-receiving-the-first-payment = पहला भुगतान प्राप्त करना
refname-shipment = शिपमेंट
refname-closed-successful = बंद (सफल)

## Closing reasons

refname-the-client-is-not-responding = ग्राहक जवाब नहीं दे रहा है
refname-specifications-are-not-suitable = विनिर्देश उपयुक्त नहीं हैं
refname-the-deal-was-closed-successfully = डील सफलतापूर्वक बंद हुई
refname-purchase-postponed = खरीद स्थगित
refname-the-price-is-not-competitive = मूल्य प्रतिस्पर्धी नहीं है

## Client types

refname-distributor = वितरक
refname-dealer = डीलर
refname-reseller = पुनर्विक्रेता
refname-end-customer = अंतिम ग्राहक
refname-competitor = प्रतिस्पर्धी

## Industries

refname-railway = रेलवे
refname-aviation = विमानन
refname-oil-gas = तेल और गैस
refname-power-generation = विद्युत उत्पादन
refname-metallurgy = धातुकर्म
refname-shipbuilding = जहाज़ निर्माण
refname-automotive-industry = ऑटोमोबाइल उद्योग
refname-capital-construction = पूंजीगत निर्माण
refname-service-companies = सेवा कंपनियाँ
refname-educational-institutions = शैक्षणिक संस्थान
refname-welders = वेल्डर
refname-pipelines = पाइपलाइन निर्माण
refname-pipe-production = पाइप उत्पादन
refname-mining = खनन

## Lead sources

refname-website-form = वेबसाइट फ़ॉर्म
refname-website-email = वेबसाइट ईमेल
refname-exhibition = प्रदर्शनी
refname-website-form-iframe = वेबसाइट फ़ॉर्म (iframe)

## Other

refname-technical-and-commercial-offer = तकनीकी और वाणिज्यिक ऑफ़र
