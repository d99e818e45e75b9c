# एनालिटिक्स रिपोर्टों के पाठ (DOMAIN.md §10)।

analytics-funnel-total = बंद हुई कुल डील
analytics-income-title = मासिक आय (वर्तमान अवधि की कुल राशि: { $total } { $currency } ({ $delta }))
analytics-not-specified = निर्दिष्ट नहीं

# दिनांक फ़िल्टरों की पूर्व-निर्धारित अवधियाँ (R-ANL-9)।
analytics-range-today = आज
analytics-range-past-7-days = पिछले 7 दिन
analytics-range-this-month = इस महीने
analytics-range-this-year = इस वर्ष
analytics-range-last-month = पिछले महीने
analytics-range-first-half-of-year = वर्ष की पहली छमाही
analytics-range-nine-months-of-year = वर्ष के पहले नौ महीने
analytics-range-second-half-of-last-year = पिछले वर्ष की दूसरी छमाही
