# Hazır gelen başvuru verilerinin adları (aşamalar, kapanış nedenleri, müşteri türleri, sektörler,
# aday kaynakları, departmanlar, roller) her dilde nasıl görünür. Kimlik, `refname-` ile kayıtlı adın
# küçük harfli hâlidir; diğer karakterlerin her dizisi tek bir kısa çizgiye dönüşür. Kullanıcının
# yazdığı adlar yazıldığı gibi gösterilir.

## Departments

refname-global-sales = Yurt dışı satış
refname-local-sales = Yurt içi satış
refname-bookkeeping = Muhasebe

## Roles

refname-managers = Müdürler
refname-operators = Operatörler
refname-superoperators = Süper operatörler
refname-chiefs = Şefler
refname-accountants = Muhasebeciler
refname-task-operators = Görev operatörleri
refname-co-workers = İş arkadaşları
refname-department-heads = Departman başkanları

## Deal stages

refname-request = Talep
refname-analysis-of-request = Talebin analizi
refname-clarification-of-the-requirements = Gereksinimlerin netleştirilmesi
refname-price-offer = Fiyat teklifi
refname-commercial-proposal = Ticari öneri
refname-commercial-offer = Ticari teklif
refname-agreement = Mutabakat
refname-invoice = Fatura
refname-receiving-the-first-payment = İlk ödemenin alınması
refname-shipment = Sevkiyat
refname-closed-successful = Kapandı (başarılı)

## Closing reasons

refname-the-client-is-not-responding = Müşteri yanıt vermiyor
refname-specifications-are-not-suitable = Teknik özellikler uygun değil
refname-the-deal-was-closed-successfully = Anlaşma başarıyla kapandı
refname-purchase-postponed = Satın alma ertelendi
refname-the-price-is-not-competitive = Fiyat rekabetçi değil

## Client types

refname-distributor = Distribütör
refname-dealer = Bayi
refname-reseller = Yeniden satıcı
refname-end-customer = Son müşteri
refname-competitor = Rakip

## Industries

refname-railway = Demiryolu
refname-aviation = Havacılık
refname-oil-gas = Petrol ve gaz
refname-power-generation = Enerji üretimi
refname-metallurgy = Metalurji
refname-shipbuilding = Gemi inşası
refname-automotive-industry = Otomotiv sanayii
refname-capital-construction = Büyük inşaat projeleri
refname-service-companies = Hizmet şirketleri
refname-educational-institutions = Eğitim kurumları
refname-welders = Kaynakçılar
refname-pipelines = Boru hatları
refname-pipe-production = Boru üretimi
refname-mining = Madencilik

## Lead sources

refname-website-form = Web sitesi formu
refname-website-email = Web sitesi e-postası
refname-exhibition = Fuar
refname-website-form-iframe = Web sitesi formu (iframe)

## Other

refname-technical-and-commercial-offer = Teknik ve ticari teklif
