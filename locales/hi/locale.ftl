# भाषा-स्विच में दिखने वाला इस भाषा का अपना नाम, और उसकी लेखन दिशा।
locale-endonym = हिन्दी
locale-direction = ltr
