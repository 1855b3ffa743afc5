// How bodies are named in Polish, Czech, Slovak, Slovenian, Croatian,
// Hungarian, Romanian, Bulgarian and Greek. Format: see data_languages_west.cc.
#include "tools/directory_gen/reference_data.h"

namespace imi::directory_gen {

std::vector<absl::string_view> LanguageTablesEast() {
  return {
R"TABLE(
[pl]
@street | ul. {s} {n} | Mickiewicza; Kościuszki; Piłsudskiego; Słowackiego; Sienkiewicza; 3 Maja; Kopernika; Długa; Polna; Ogrodowa; Jana Pawła II; Wojska Polskiego
@email | sekretariat; kancelaria; biuro
@branch | oddział
nimic | Ministerstwo Rozwoju i Technologii – Krajowy Koordynator IMI
sdimic | Regionalny Koordynator IMI – {region}
limic | Koordynator IMI – {area}
helpdesk | Krajowy punkt wsparcia IMI
edu | Ministerstwo Edukacji Narodowej#MEN | | uznawanie kwalifikacji nauczycieli ; nauczanie ; nauczyciel
eco | Ministerstwo Rozwoju i Technologii | | dyrektywa usługowa ; świadczenie usług ;
lab | Główny Inspektorat Pracy#GIP | | delegowanie pracowników ; kontrola warunków pracy ;
hea | Ministerstwo Zdrowia | | transgraniczna opieka zdrowotna ; opieka zdrowotna ;
soc | Zakład Ubezpieczeń Społecznych#ZUS | | zaświadczenie A1 ; koordynacja zabezpieczenia społecznego ;
dpa | Urząd Ochrony Danych Osobowych#UODO | | ochrona danych osobowych ; nadzór nad ochroną danych ;
cpa | Urząd Ochrony Konkurencji i Konsumentów#UOKiK | | ochrona konsumentów ; egzekwowanie praw konsumentów ;
cul | Ministerstwo Kultury i Dziedzictwa Narodowego | | dobra kultury ; zwrot dóbr kultury ;
int | Komenda Główna Policji#KGP | | broń palna ; pozwolenia na broń ;
tra | Główny Inspektorat Transportu Drogowego#GITD | | transport drogowy ; licencja wspólnotowa ;
rail | Urząd Transportu Kolejowego#UTK | | licencja maszynisty ; bezpieczeństwo kolejowe ; maszynista
mar | Ministerstwo Infrastruktury – Departament Gospodarki Morskiej | | dyplomy morskie ; szkolenie marynarzy ; marynarz
sol | Centrum SOLVIT Polska#SOLVIT | | SOLVIT ; rozwiązywanie problemów rynku wewnętrznego ;
psc | Pojedynczy Punkt Kontaktowy#PPK | | pojedynczy punkt kontaktowy ; procedury elektroniczne ;
jus | Ministerstwo Spraw Zagranicznych – Wydział Legalizacji | | apostille ; dokumenty urzędowe ;
enic | Narodowa Agencja Wymiany Akademickiej#NAWA | | uznawanie wykształcenia ; uznawanie dyplomów ;
med | Naczelna Izba Lekarska#NIL | L:Okręgowa Izba Lekarska {x} | izba lekarska ; wykonywanie zawodu lekarza ; lekarz
pha | Naczelna Izba Aptekarska#NIA | L:Okręgowa Izba Aptekarska {x} | izba aptekarska ; prowadzenie apteki ; farmaceuta
arc | Krajowa Izba Architektów RP | | izba architektów ; projektowanie architektoniczne ; architekt
vet | Krajowa Izba Lekarsko-Weterynaryjna | L:Okręgowa Izba Lekarsko-Weterynaryjna {x} | izba lekarsko-weterynaryjna ; medycyna weterynaryjna ; lekarz weterynarii
law | Naczelna Rada Adwokacka#NRA | L:Okręgowa Rada Adwokacka {x} | adwokatura ; pomoc prawna ; adwokat
not | Krajowa Rada Notarialna | L:Izba Notarialna {x} | notariat ; czynności notarialne ; notariusz
eng | Polska Izba Inżynierów Budownictwa#PIIB | | budownictwo ; uprawnienia budowlane ; inżynier budownictwa
nur | Naczelna Izba Pielęgniarek i Położnych#NIPiP | L:Okręgowa Izba Pielęgniarek i Położnych {x} | pielęgniarstwo ; wykonywanie zawodu pielęgniarki ; pielęgniarka
cci | Krajowa Izba Gospodarcza#KIG | L:Izba Przemysłowo-Handlowa {x} | izba gospodarcza ; rejestracja działalności ;
cra | Związek Rzemiosła Polskiego | L:Izba Rzemieślnicza {x} | rzemiosło ; egzaminy mistrzowskie ; rzemieślnik
mun | | L:Urząd Miejski {x} | urząd miejski ; zezwolenia ;
civ | | L:Urząd Stanu Cywilnego {x} | stan cywilny ; akty stanu cywilnego ;
lio | | L:Okręgowy Inspektorat Pracy {x} | inspekcja pracy ; kontrola delegowania ;
her | | L:Wojewódzki Urząd Ochrony Zabytków {x} | zabytki ; ochrona dziedzictwa kulturowego ;
pol | | L:Komenda Wojewódzka Policji {x} | pozwolenia na broń ; broń palna ;
rto | | L:Wojewódzki Inspektorat Transportu Drogowego {x} | transport drogowy ; kontrola przewoźników ;
con | | L:Miejski Rzecznik Konsumentów {x} | prawa konsumenta ; poradnictwo konsumenckie ;
hlt | | L:Wojewódzka Stacja Sanitarno-Epidemiologiczna {x} | sanepid ; zdrowie publiczne ;
bld | | L:Wojewódzki Inspektorat Nadzoru Budowlanego {x} | nadzór budowlany ; pozwolenia na budowę ;
trd | | L:Sąd Rejonowy {x} | rejestr sądowy ; dokumenty urzędowe ;
sch | | L:Kuratorium Oświaty {x} | nauczyciele ; uznawanie kwalifikacji nauczycieli ; nauczyciel

crt | | L:Sąd Okręgowy {x} | apostille ; dokumenty urzędowe ;
tax | Krajowa Izba Doradców Podatkowych#KIDP | | doradztwo podatkowe ; czynności doradztwa podatkowego ; doradca podatkowy
psy | Krajowa Izba Psychologów | | psychologia ; wykonywanie zawodu psychologa ; psycholog
ord | | L:Straż Miejska {x} | straż miejska ; kontrola przestrzegania przepisów porządkowych ;
wfo | | L:Centrum Obsługi Przedsiębiorcy {x} | obsługa przedsiębiorców ; rejestracja działalności gospodarczej ;
vto | | L:Powiatowy Inspektorat Weterynarii {x} | weterynaria ; nadzór weterynaryjny ; lekarz weterynarii
[cs]
@street | {s} {n} | Masarykova; Palackého; Husova; Nádražní; Komenského; Tyršova; Riegrova; Jungmannova; náměstí Svobody; Smetanova; Nerudova; Havlíčkova
@email | podatelna; info; posta
@branch | pobočka
nimic | Ministerstvo průmyslu a obchodu – Národní koordinátor IMI
sdimic | Regionální koordinátor IMI – {region}
limic | Koordinátor IMI – {area}
helpdesk | Národní helpdesk IMI
edu | Ministerstvo školství, mládeže a tělovýchovy#MŠMT | | uznávání kvalifikace učitelů ; vzdělávání ; učitel
eco | Ministerstvo průmyslu a obchodu#MPO | | směrnice o službách ; poskytování služeb ;
lab | Státní úřad inspekce práce#SÚIP | | vysílání pracovníků ; inspekce práce ;
hea | Ministerstvo zdravotnictví | | přeshraniční zdravotní péče ; zdravotní péče ;
soc | Česká správa sociálního zabezpečení#ČSSZ | | formulář A1 ; koordinace sociálního zabezpečení ;
dpa | Úřad pro ochranu osobních údajů#ÚOOÚ | | ochrana osobních údajů ; dozor nad ochranou údajů ;
cpa | Česká obchodní inspekce#ČOI | | ochrana spotřebitele ; dozor nad trhem ;
cul | Ministerstvo kultury | | kulturní statky ; navracení kulturních statků ;
int | Ministerstvo vnitra | | střelné zbraně ; zbrojní průkazy ;
tra | Ministerstvo dopravy | | silniční doprava ; licence Společenství ;
rail | Drážní úřad | | licence strojvedoucího ; bezpečnost železnic ; strojvedoucí
sol | SOLVIT centrum České republiky#SOLVIT | | SOLVIT ; řešení problémů vnitřního trhu ;
psc | Jednotné kontaktní místo#JKM | | jednotné kontaktní místo ; elektronická podání ;
jus | Ministerstvo spravedlnosti | | apostila ; veřejné listiny ;
enic | Národní informační centrum pro mobilitu | | uznávání vzdělání ; uznávání diplomů ;
med | Česká lékařská komora#ČLK | | lékařská komora ; výkon lékařského povolání ; lékař
den | Česká stomatologická komora#ČSK | | zubní lékařství ; výkon povolání zubního lékaře ; zubní lékař
pha | Česká lékárnická komora#ČLnK | | lékárenství ; provozování lékárny ; farmaceut
arc | Česká komora architektů#ČKA | | architektura ; autorizace architektů ; architekt
vet | Komora veterinárních lékařů České republiky | | veterinární lékařství ; veterinární péče ; veterinární lékař
law | Česká advokátní komora#ČAK | | advokacie ; právní služby ; advokát
not | Notářská komora České republiky | L:Notářská komora {x} | notářství ; notářské zápisy ; notář
eng | Česká komora autorizovaných inženýrů a techniků činných ve výstavbě#ČKAIT | L:Oblastní kancelář ČKAIT {x} | stavebnictví ; autorizace ve výstavbě ; autorizovaný inženýr
cci | Hospodářská komora České republiky | L:Regionální hospodářská komora {x} | hospodářská komora ; živnostenské podnikání ;
mun | | L:Statutární město {city} | město ; živnostenský úřad ;
civ | | L:Matriční úřad {x} | matrika ; matriční doklady ;
lio | | L:Oblastní inspektorát práce {x} | inspekce práce ; kontrola vysílání pracovníků ;
her | | L:Národní památkový ústav – územní odborné pracoviště {x} | památková péče ; kulturní dědictví ;
pol | | L:Policie České republiky – oddělení zbraní a střeliva {x} | zbrojní průkazy ; zbraně a střelivo ;
rto | | R:Krajský úřad – {region} | silniční doprava ; dopravní úřad ;
con | | L:Česká obchodní inspekce – inspektorát {x} | ochrana spotřebitele ; spotřebitelské stížnosti ;
hlt | | L:Krajská hygienická stanice se sídlem {x} | ochrana veřejného zdraví ; hygiena ;
bld | | L:Stavební úřad {x} | stavební řízení ; stavební povolení ;
trd | | L:Krajský soud {x} | obchodní rejstřík ; veřejné listiny ;

crt | | L:Okresní soud {x} | apostila ; ověřování listin ;
tax | Komora daňových poradců České republiky | | daňové poradenství ; daňové služby ; daňový poradce
ord | | L:Městská policie {city} | městská policie ; kontrola podnikání ;
[sk]
@street | {s} {n} | Hlavná; Štúrova; Hviezdoslavova; Námestie SNP; Kollárova; Záhradná; Školská; Mierová; Nádražná; Partizánska; Dostojevského rad; Hurbanova
@email | podatelna; info; sekretariat
@branch | pobočka
nimic | Ministerstvo hospodárstva Slovenskej republiky – Národný koordinátor IMI
sdimic | Regionálny koordinátor IMI – {region}
limic | Koordinátor IMI – {area}
helpdesk | Národný helpdesk IMI
edu | Ministerstvo školstva, výskumu, vývoja a mládeže Slovenskej republiky | | uznávanie kvalifikácie učiteľov ; vzdelávanie ; učiteľ
eco | Ministerstvo hospodárstva Slovenskej republiky | | smernica o službách ; poskytovanie služieb ;
lab | Národný inšpektorát práce#NIP | | vysielanie zamestnancov ; inšpekcia práce ;
hea | Ministerstvo zdravotníctva Slovenskej republiky | | cezhraničná zdravotná starostlivosť ; zdravotná starostlivosť ;
soc | Sociálna poisťovňa | | formulár A1 ; koordinácia sociálneho zabezpečenia ;
dpa | Úrad na ochranu osobných údajov Slovenskej republiky | | ochrana osobných údajov ; dozor nad ochranou údajov ;
cpa | Slovenská obchodná inšpekcia#SOI | | ochrana spotrebiteľa ; dozor nad trhom ;
cul | Ministerstvo kultúry Slovenskej republiky | | kultúrne predmety ; vrátenie kultúrnych predmetov ;
int | Ministerstvo vnútra Slovenskej republiky | | strelné zbrane ; zbrojné preukazy ;
tra | Ministerstvo dopravy Slovenskej republiky | | cestná doprava ; licencia Spoločenstva ;
rail | Dopravný úrad | | licencia rušňovodiča ; bezpečnosť železníc ; rušňovodič
sol | SOLVIT centrum Slovensko#SOLVIT | | SOLVIT ; riešenie problémov vnútorného trhu ;
psc | Jednotné kontaktné miesto#JKM | | jednotné kontaktné miesto ; elektronické podania ;
jus | Ministerstvo spravodlivosti Slovenskej republiky | | apostila ; verejné listiny ;
enic | Centrum pre uznávanie dokladov o vzdelaní | | uznávanie dokladov o vzdelaní ; uznávanie diplomov ;
med | Slovenská lekárska komora#SLK | L:Regionálna lekárska komora {city} | lekárska komora ; výkon lekárskeho povolania ; lekár
den | Slovenská komora zubných lekárov#SKZL | | zubné lekárstvo ; výkon povolania zubného lekára ; zubný lekár
pha | Slovenská lekárnická komora#SLeK | | lekárenstvo ; poskytovanie lekárenskej starostlivosti ; farmaceut
arc | Slovenská komora architektov#SKA | | architektúra ; autorizácia architektov ; architekt
vet | Komora veterinárnych lekárov Slovenskej republiky | | veterinárne lekárstvo ; veterinárna starostlivosť ; veterinárny lekár
law | Slovenská advokátska komora#SAK | | advokácia ; právne služby ; advokát
not | Notárska komora Slovenskej republiky | | notárstvo ; notárske zápisnice ; notár
eng | Slovenská komora stavebných inžinierov#SKSI | | stavebníctvo ; autorizácia stavebných inžinierov ; stavebný inžinier
nur | Slovenská komora sestier a pôrodných asistentiek#SKSaPA | L:Regionálna komora sestier a pôrodných asistentiek {city} | ošetrovateľstvo ; výkon povolania sestry ; sestra
cci | Slovenská obchodná a priemyselná komora#SOPK | L:Regionálna komora SOPK {city} | obchodná komora ; podnikanie ;
cra | Slovenská živnostenská komora | L:Slovenská živnostenská komora – regionálne zastúpenie {city} | živnosti ; remeselné živnosti ; remeselník
mun | | L:Mesto {city} | mesto ; povolenia ;
civ | | L:Matričný úrad {x} | matrika ; matričné doklady ;
lio | | L:Inšpektorát práce {city} | inšpekcia práce ; kontrola vysielania zamestnancov ;
her | | L:Krajský pamiatkový úrad {city} | pamiatková starostlivosť ; kultúrne dedičstvo ;
pol | | L:Okresné riaditeľstvo Policajného zboru {x} | zbrojné preukazy ; zbrane a strelivo ;
rto | | L:Okresný úrad {city} – odbor cestnej dopravy | cestná doprava ; dopravné licencie ;
con | | L:Inšpektorát Slovenskej obchodnej inšpekcie so sídlom {x} | ochrana spotrebiteľa ; spotrebiteľské podnety ;
hlt | | L:Regionálny úrad verejného zdravotníctva so sídlom {x} | verejné zdravotníctvo ; hygiena ;
bld | | L:Stavebný úrad {x} | stavebné konanie ; stavebné povolenia ;
trd | | L:Okresný súd {city} | obchodný register ; verejné listiny ;
sch | | L:Regionálny úrad školskej správy {x} | učitelia ; uznávanie kvalifikácie učiteľov ; učiteľ

crt | | L:Krajský súd {x} | apostila ; overovanie listín ;
tax | Slovenská komora daňových poradcov#SKDP | | daňové poradenstvo ; daňové služby ; daňový poradca
ord | | L:Mestská polícia {city} | mestská polícia ; kontrola podnikania ;
[sl]
@street | {s} {n} | Slovenska cesta; Prešernova ulica; Trubarjeva cesta; Glavni trg; Cankarjeva ulica; Kidričeva ulica; Partizanska cesta; Tržaška cesta; Gregorčičeva ulica; Ulica talcev
@email | gp; info; tajnistvo
@branch | izpostava
nimic | Ministrstvo za gospodarstvo, turizem in šport – Nacionalni koordinator IMI
sdimic | Regionalni koordinator IMI – {region}
limic | Koordinator IMI – {area}
helpdesk | Nacionalna služba za pomoč uporabnikom IMI
edu | Ministrstvo za vzgojo in izobraževanje | | priznavanje kvalifikacij učiteljev ; izobraževanje ; učitelj
eco | Ministrstvo za gospodarstvo, turizem in šport#MGTŠ | | direktiva o storitvah ; opravljanje storitev ;
lab | Inšpektorat Republike Slovenije za delo#IRSD | | napotitev delavcev ; inšpekcija dela ;
hea | Ministrstvo za zdravje | | čezmejno zdravstveno varstvo ; zdravstveno varstvo ;
soc | Zavod za zdravstveno zavarovanje Slovenije#ZZZS | | potrdilo A1 ; koordinacija socialne varnosti ;
dpa | Informacijski pooblaščenec | | varstvo osebnih podatkov ; nadzor nad varstvom podatkov ;
cpa | Tržni inšpektorat Republike Slovenije#TIRS | | varstvo potrošnikov ; tržni nadzor ;
cul | Ministrstvo za kulturo | | kulturni predmeti ; vračanje kulturnih predmetov ;
int | Ministrstvo za notranje zadeve#MNZ | | strelno orožje ; orožni listi ;
tra | Ministrstvo za infrastrukturo | | cestni prevoz ; licenca Skupnosti ;
rail | Javna agencija za železniški promet#AŽP | | dovoljenje strojevodje ; varnost železniškega prometa ; strojevodja
mar | Uprava Republike Slovenije za pomorstvo#URSP | | pooblastila pomorščakov ; usposabljanje pomorščakov ; pomorščak
sol | SOLVIT Slovenija#SOLVIT | | SOLVIT ; reševanje težav na notranjem trgu ;
psc | Točka SPOT#SPOT | | enotna kontaktna točka ; elektronski postopki ;
jus | Ministrstvo za pravosodje | L:Okrožno sodišče {x} | apostille ; javne listine ;
enic | ENIC-NARIC center Slovenija | | priznavanje izobraževanja ; vrednotenje diplom ;
med | Zdravniška zbornica Slovenije#ZZS | | zdravniška zbornica ; zdravniška dejavnost ; zdravnik
pha | Lekarniška zbornica Slovenije | | lekarniška dejavnost ; izdajanje zdravil ; farmacevt
arc | Zbornica za arhitekturo in prostor Slovenije#ZAPS | | arhitektura ; pooblaščeni arhitekti ; arhitekt
vet | Veterinarska zbornica Slovenije | | veterinarska dejavnost ; veterinarska oskrba ; veterinar
law | Odvetniška zbornica Slovenije | | odvetništvo ; pravne storitve ; odvetnik
not | Notarska zbornica Slovenije | | notariat ; notarski zapisi ; notar
eng | Inženirska zbornica Slovenije#IZS | | inženirske storitve ; pooblaščeni inženirji ; inženir
nur | Zbornica zdravstvene in babiške nege Slovenije | | zdravstvena nega ; babištvo ; medicinska sestra
cci | Gospodarska zbornica Slovenije#GZS | L:GZS – Območna zbornica {city} | gospodarska zbornica ; podjetništvo ;
cra | Obrtno-podjetniška zbornica Slovenije#OZS | L:Območna obrtno-podjetniška zbornica {city} | obrt ; obrtno dovoljenje ; obrtnik
mun | | L:Mestna občina {city} | občina ; dovoljenja ;
civ | | L:Upravna enota {city} | matične zadeve ; matični izpiski ;
lio | | L:Inšpektorat za delo – območna enota {city} | inšpekcija dela ; nadzor napotenih delavcev ;
her | | L:Zavod za varstvo kulturne dediščine Slovenije – območna enota {city} | kulturna dediščina ; varstvo dediščine ;
pol | | L:Policijska uprava {city} | orožni listi ; strelno orožje ;
hlt | | L:Nacionalni inštitut za javno zdravje – območna enota {city} | javno zdravje ; zdravstveno varstvo ;
bld | | L:Upravna enota {city} – gradbene zadeve | gradbena dovoljenja ; graditev ;

[hr]
@street | {s} {n} | Ilica; Vukovarska ulica; Ulica kralja Zvonimira; Ulica Ante Starčevića; Ulica Stjepana Radića; Trg slobode; Ulica hrvatskih branitelja; Kolodvorska ulica; Ulica Matije Gupca; Trg kralja Tomislava
@email | pisarnica; info; tajnistvo
@branch | ispostava
nimic | Ministarstvo gospodarstva – Nacionalni koordinator IMI
sdimic | Regionalni koordinator IMI – {region}
limic | Koordinator IMI – {area}
helpdesk | Nacionalna služba za podršku IMI
edu | Ministarstvo znanosti, obrazovanja i mladih | | priznavanje kvalifikacija učitelja ; obrazovanje ; učitelj
eco | Ministarstvo gospodarstva | | direktiva o uslugama ; pružanje usluga ;
lab | Državni inspektorat – Inspekcija rada | | upućivanje radnika ; inspekcija rada ;
hea | Ministarstvo zdravstva | | prekogranična zdravstvena zaštita ; zdravstvena zaštita ;
soc | Hrvatski zavod za mirovinsko osiguranje#HZMO | | potvrda A1 ; koordinacija socijalne sigurnosti ;
dpa | Agencija za zaštitu osobnih podataka#AZOP | | zaštita osobnih podataka ; nadzor nad zaštitom podataka ;
cpa | Državni inspektorat – Sektor zaštite potrošača | | zaštita potrošača ; tržišni nadzor ;
cul | Ministarstvo kulture i medija | | kulturna dobra ; povrat kulturnih dobara ;
int | Ministarstvo unutarnjih poslova#MUP | | vatreno oružje ; oružni listovi ;
tra | Ministarstvo mora, prometa i infrastrukture | | cestovni prijevoz ; licencija Zajednice ;
rail | Agencija za sigurnost željezničkog prometa | | dozvola strojovođe ; sigurnost željezničkog prometa ; strojovođa
sol | SOLVIT Hrvatska#SOLVIT | | SOLVIT ; rješavanje problema na unutarnjem tržištu ;
psc | Jedinstvena kontaktna točka#JKT | | jedinstvena kontaktna točka ; elektronički postupci ;
jus | Ministarstvo pravosuđa, uprave i digitalne transformacije | | apostille ; javne isprave ;
enic | Agencija za znanost i visoko obrazovanje#AZVO | | priznavanje inozemnih kvalifikacija ; vrednovanje diploma ;
med | Hrvatska liječnička komora#HLK | | liječnička komora ; liječnička djelatnost ; liječnik
den | Hrvatska komora dentalne medicine | | dentalna medicina ; stomatološka djelatnost ; doktor dentalne medicine
pha | Hrvatska ljekarnička komora | | ljekarnička djelatnost ; izdavanje lijekova ; magistar farmacije
arc | Hrvatska komora arhitekata | | arhitektura ; ovlašteni arhitekti ; arhitekt
vet | Hrvatska veterinarska komora | | veterinarska djelatnost ; veterinarska skrb ; doktor veterinarske medicine
law | Hrvatska odvjetnička komora | | odvjetništvo ; pravne usluge ; odvjetnik
not | Hrvatska javnobilježnička komora | | javno bilježništvo ; javnobilježničke isprave ; javni bilježnik
eng | Hrvatska komora inženjera građevinarstva | | građevinarstvo ; ovlašteni inženjeri ; inženjer građevinarstva
nur | Hrvatska komora medicinskih sestara | | sestrinstvo ; zdravstvena njega ; medicinska sestra
cci | Hrvatska gospodarska komora#HGK | L:Hrvatska gospodarska komora – Županijska komora {city} | gospodarska komora ; poduzetništvo ;
cra | Hrvatska obrtnička komora#HOK | R:Obrtnička komora – {region} | obrt ; majstorski ispit ; obrtnik
mun | | L:Grad {city} | grad ; dozvole ;
civ | | L:Matični ured {city} | matične knjige ; izvadci iz matičnih knjiga ;
lio | | L:Državni inspektorat – Područni ured {city} | inspekcija rada ; nadzor upućenih radnika ;
her | | L:Konzervatorski odjel {x} | kulturna baština ; zaštita kulturnih dobara ;
pol | | L:Policijska postaja {city} | oružni listovi ; vatreno oružje ;
hlt | | R:Zavod za javno zdravstvo – {region} | javno zdravstvo ; zdravstvena zaštita ;
bld | | L:Grad {city} – Upravni odjel za graditeljstvo | građevinske dozvole ; graditeljstvo ;
trd | | L:Trgovački sud {x} | sudski registar ; javne isprave ;

[hu]
@street | {s} {n}. | Kossuth Lajos utca; Petőfi Sándor utca; Rákóczi út; Széchenyi tér; Dózsa György út; Ady Endre utca; Bajcsy-Zsilinszky út; Fő utca; Arany János utca; Deák Ferenc tér; Szabadság tér; Jókai Mór utca
@email | ugyfelszolgalat; titkarsag; info
@branch | kirendeltség
nimic | Igazságügyi Minisztérium – Nemzeti IMI-koordinátor
sdimic | Regionális IMI-koordinátor – {region}
limic | IMI-koordinátor – {area}
helpdesk | Nemzeti IMI ügyfélszolgálat
edu | Oktatási Hivatal#OH | | tanári képesítés elismerése ; oktatás ; pedagógus
eco | Nemzetgazdasági Minisztérium | | szolgáltatási irányelv ; szolgáltatásnyújtás ;
lab | Foglalkoztatás-felügyeleti Hatóság | | kiküldött munkavállalók ; munkaügyi ellenőrzés ;
hea | Nemzeti Népegészségügyi és Gyógyszerészeti Központ#NNGYK | | határon átnyúló egészségügyi ellátás ; egészségügyi ellátás ;
soc | Nemzeti Egészségbiztosítási Alapkezelő#NEAK | | A1 igazolás ; társadalombiztosítási koordináció ;
dpa | Nemzeti Adatvédelmi és Információszabadság Hatóság#NAIH | | adatvédelem ; adatvédelmi felügyelet ;
cpa | Gazdasági Versenyhivatal#GVH | | fogyasztóvédelem ; tisztességtelen kereskedelmi gyakorlatok ;
cul | Kulturális és Innovációs Minisztérium | | kulturális javak ; kulturális javak visszaszolgáltatása ;
int | Országos Rendőr-főkapitányság#ORFK | | lőfegyverek ; fegyvertartási engedélyek ;
tra | Építési és Közlekedési Minisztérium | | közúti közlekedés ; közösségi engedély ;
rail | Vasúti Hatóság | | mozdonyvezetői engedély ; vasútbiztonság ; mozdonyvezető
sol | SOLVIT Magyarország#SOLVIT | | SOLVIT ; belső piaci problémák megoldása ;
psc | Egyablakos Ügyintézési Pont | | egyablakos ügyintézés ; elektronikus ügyintézés ;
jus | Igazságügyi Minisztérium | | apostille ; közokiratok ;
enic | Oktatási Hivatal – Magyar Ekvivalencia és Információs Központ | | oklevelek elismerése ; külföldi bizonyítványok ;
med | Magyar Orvosi Kamara#MOK | R:Magyar Orvosi Kamara {region} Vármegyei Területi Szervezete | orvosi kamara ; orvosi tevékenység ; orvos
pha | Magyar Gyógyszerészi Kamara#MGYK | | gyógyszerészet ; gyógyszertár működtetése ; gyógyszerész
arc | Magyar Építész Kamara#MÉK | R:{region} Vármegyei Építész Kamara | építészet ; építészeti tervezés ; építész
vet | Magyar Állatorvosi Kamara#MÁOK | | állatorvoslás ; állatorvosi tevékenység ; állatorvos
law | Magyar Ügyvédi Kamara#MÜK | R:{region} Vármegyei Ügyvédi Kamara | ügyvédség ; jogi szolgáltatások ; ügyvéd
not | Magyar Országos Közjegyzői Kamara#MOKK | | közjegyzőség ; közjegyzői okiratok ; közjegyző
eng | Magyar Mérnöki Kamara#MMK | R:{region} Vármegyei Mérnöki Kamara | mérnöki tevékenység ; tervezői jogosultság ; mérnök
nur | Magyar Egészségügyi Szakdolgozói Kamara#MESZK | | ápolás ; egészségügyi szakdolgozók ; ápoló
cci | Magyar Kereskedelmi és Iparkamara#MKIK | R:{region} Vármegyei Kereskedelmi és Iparkamara | gazdasági kamara ; vállalkozások nyilvántartása ;
mun | | L:{x} Polgármesteri Hivatala | önkormányzat ; kereskedelmi engedélyek ;
civ | | L:{x} Polgármesteri Hivatala – Anyakönyvi Osztály | anyakönyvezés ; anyakönyvi kivonatok ;
lio | | R:{region} Vármegyei Kormányhivatal – Foglalkoztatás-felügyeleti és Munkavédelmi Főosztály | munkaügyi ellenőrzés ; kiküldetés ellenőrzése ;
her | | R:{region} Vármegyei Kormányhivatal – Örökségvédelmi Osztály | örökségvédelem ; kulturális örökség ;
pol | | R:{region} Vármegyei Rendőr-főkapitányság | fegyvertartási engedélyek ; lőfegyverek ;
rto | | R:{region} Vármegyei Kormányhivatal – Közlekedési Főosztály | közúti közlekedés ; fuvarozói engedélyek ;
con | | R:{region} Vármegyei Kormányhivatal – Fogyasztóvédelmi Főosztály | fogyasztóvédelem ; fogyasztói panaszok ;
hlt | | R:{region} Vármegyei Kormányhivatal – Népegészségügyi Főosztály | népegészségügy ; közegészségügy ;
bld | | R:{region} Vármegyei Kormányhivatal – Építésügyi Főosztály | építésügy ; építési engedélyek ;
sch | | R:{region} Vármegyei Kormányhivatal – Oktatási Főosztály | pedagógusok ; tanári képesítés elismerése ; pedagógus

[ro]
@street | {s} nr. {n} | Strada Victoriei; Bulevardul Unirii; Strada Mihai Eminescu; Strada Republicii; Bulevardul Independenței; Strada Libertății; Piața Unirii; Strada Avram Iancu; Bulevardul Revoluției; Strada Ștefan cel Mare; Strada Mihai Viteazul; Bulevardul Carol I
@email | registratura; office; contact
@branch | birou
nimic | Ministerul Afacerilor Externe – Coordonator național IMI
sdimic | Coordonator regional IMI – {region}
limic | Coordonator IMI – {area}
helpdesk | Serviciul național de asistență IMI
edu | Ministerul Educației | | recunoașterea calificărilor didactice ; învățământ ; profesor
eco | Ministerul Economiei, Antreprenoriatului și Turismului | | directiva serviciilor ; prestarea de servicii ;
lab | Inspecția Muncii | | detașarea lucrătorilor ; inspecția muncii ;
hea | Ministerul Sănătății | | asistență medicală transfrontalieră ; asistență medicală ;
soc | Casa Națională de Pensii Publice#CNPP | | formularul A1 ; coordonarea sistemelor de securitate socială ;
dpa | Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal#ANSPDCP | | protecția datelor ; supravegherea protecției datelor ;
cpa | Autoritatea Națională pentru Protecția Consumatorilor#ANPC | | protecția consumatorilor ; supravegherea pieței ;
cul | Ministerul Culturii | | bunuri culturale ; restituirea bunurilor culturale ;
int | Inspectoratul General al Poliției Române#IGPR | | arme de foc ; permise de armă ;
tra | Autoritatea Rutieră Română#ARR | | transport rutier ; licență comunitară ;
rail | Autoritatea de Siguranță Feroviară Română#ASFR | | permis de mecanic de locomotivă ; siguranță feroviară ; mecanic de locomotivă
mar | Autoritatea Navală Română#ANR | | certificate de competență ; pregătirea navigatorilor ; navigator
sol | Centrul SOLVIT România#SOLVIT | | SOLVIT ; soluționarea problemelor pieței interne ;
psc | Punctul de Contact Unic electronic#PCU | | punct de contact unic ; proceduri electronice ;
jus | Ministerul Justiției | | apostilă ; acte oficiale ;
enic | Centrul Național de Recunoaștere și Echivalare a Diplomelor#CNRED | | recunoașterea diplomelor ; echivalarea studiilor ;
med | Colegiul Medicilor din România#CMR | R:Colegiul Medicilor {region} | colegiul medicilor ; exercitarea profesiei de medic ; medic
den | Colegiul Medicilor Stomatologi din România | R:Colegiul Medicilor Stomatologi {region} | medicină dentară ; exercitarea profesiei de medic stomatolog ; medic stomatolog
pha | Colegiul Farmaciștilor din România | R:Colegiul Farmaciștilor {region} | farmacie ; exercitarea profesiei de farmacist ; farmacist
arc | Ordinul Arhitecților din România#OAR | R:Ordinul Arhitecților din România – Filiala {region} | arhitectură ; dreptul de semnătură ; arhitect
vet | Colegiul Medicilor Veterinari din România | R:Colegiul Medicilor Veterinari – Filiala {region} | medicină veterinară ; exercitarea profesiei de medic veterinar ; medic veterinar
law | Uniunea Națională a Barourilor din România#UNBR | R:Baroul {region} | avocatură ; asistență juridică ; avocat
not | Uniunea Națională a Notarilor Publici din România | L:Camera Notarilor Publici {city} | notariat ; acte notariale ; notar public
nur | Ordinul Asistenților Medicali Generaliști, Moașelor și Asistenților Medicali din România#OAMGMAMR | R:OAMGMAMR – Filiala {region} | asistență medicală ; îngrijire medicală ; asistent medical generalist
cci | Camera de Comerț și Industrie a României#CCIR | R:Camera de Comerț și Industrie {region} | camera de comerț ; înregistrarea firmelor ;
mun | | L:Primăria Municipiului {city} | primărie ; autorizații de funcționare ;
civ | | L:Serviciul Public Comunitar Local de Evidență a Persoanelor {city} | stare civilă ; acte de stare civilă ;
lio | | R:Inspectoratul Teritorial de Muncă {region} | inspecția muncii ; controlul detașărilor ;
her | | R:Direcția Județeană pentru Cultură {region} | patrimoniu cultural ; protejarea patrimoniului ;
pol | | R:Inspectoratul de Poliție Județean {region} | permise de armă ; arme de foc ;
rto | | R:Autoritatea Rutieră Română – Agenția {region} | transport rutier ; licențe de transport ;
con | | R:Comisariatul Județean pentru Protecția Consumatorilor {region} | protecția consumatorilor ; reclamații ale consumatorilor ;
hlt | | R:Direcția de Sănătate Publică {region} | sănătate publică ; autorizare sanitară ;
bld | | R:Inspectoratul Județean în Construcții {region} | construcții ; autorizații de construire ;
trd | | R:Oficiul Registrului Comerțului de pe lângă Tribunalul {region} | registrul comerțului ; înregistrarea firmelor ;
sch | | R:Inspectoratul Școlar Județean {region} | cadre didactice ; recunoașterea calificărilor didactice ; profesor

crt | | R:Tribunalul {region} | apostilă ; legalizarea actelor ;
reg | | R:Instituția Prefectului – Județul {region} | prefectură ; apostilarea actelor oficiale ;
tax | Camera Consultanților Fiscali#CCF | | consultanță fiscală ; servicii fiscale ; consultant fiscal
psy | Colegiul Psihologilor din România#COPSI | | psihologie ; exercitarea profesiei de psiholog ; psiholog
[bg]
@street | {s} № {n} | ул. „Васил Левски“; бул. „Цар Освободител“; ул. „Христо Ботев“; ул. „Иван Вазов“; пл. „Независимост“; бул. „България“; ул. „Раковски“; ул. „Александър Стамболийски“; ул. „Шипка“; ул. „Гурко“
@email | delovodstvo; info; office
@branch | териториално звено
nimic | Министерство на икономиката и индустрията – Национален координатор на IMI
sdimic | Регионален координатор на IMI – {region}
limic | Координатор на IMI – {area}
helpdesk | Национално звено за помощ на IMI
edu | Министерство на образованието и науката#МОН | | признаване на учителски квалификации ; образование ; учител
eco | Министерство на икономиката и индустрията#МИИ | | директива за услугите ; предоставяне на услуги ;
lab | Изпълнителна агенция „Главна инспекция по труда“#ИА ГИТ | | командироване на работници ; инспекция по труда ;
hea | Министерство на здравеопазването | | трансгранично здравно обслужване ; здравно обслужване ;
soc | Национален осигурителен институт#НОИ | | удостоверение A1 ; координация на социалната сигурност ;
dpa | Комисия за защита на личните данни#КЗЛД | | защита на личните данни ; надзор ;
cpa | Комисия за защита на потребителите#КЗП | | защита на потребителите ; пазарен надзор ;
cul | Министерство на културата | | културни ценности ; връщане на културни ценности ;
int | Министерство на вътрешните работи#МВР | | огнестрелни оръжия ; разрешения за оръжие ;
tra | Изпълнителна агенция „Автомобилна администрация“#ИААА | | автомобилен транспорт ; лиценз на Общността ;
rail | Изпълнителна агенция „Железопътна администрация“#ИАЖА | | свидетелство за управление на локомотив ; железопътна безопасност ; локомотивен машинист
mar | Изпълнителна агенция „Морска администрация“#ИАМА | | свидетелства за правоспособност ; обучение на морски лица ; морско лице
sol | Център SOLVIT България#SOLVIT | | SOLVIT ; решаване на проблеми на вътрешния пазар ;
psc | Единно звено за контакт#ЕЗК | | единно звено за контакт ; електронни процедури ;
jus | Министерство на правосъдието | | апостил ; официални документи ;
enic | Национален център за информация и документация#НАЦИД | | признаване на дипломи ; академично признаване ;
med | Български лекарски съюз#БЛС | L:Регионална лекарска колегия – {city} | лекарски съюз ; упражняване на лекарската професия ; лекар
den | Български зъболекарски съюз#БЗС | L:Регионална колегия на Българския зъболекарски съюз – {city} | дентална медицина ; упражняване на професията ; лекар по дентална медицина
pha | Български фармацевтичен съюз#БФС | L:Регионална фармацевтична колегия – {city} | фармация ; аптечна дейност ; магистър-фармацевт
arc | Камара на архитектите в България#КАБ | L:Регионална колегия на Камарата на архитектите – {city} | архитектура ; проектантска правоспособност ; архитект
vet | Български ветеринарен съюз | | ветеринарна медицина ; ветеринарномедицинска практика ; ветеринарен лекар
law | Висш адвокатски съвет | L:Адвокатска колегия – {city} | адвокатура ; правна помощ ; адвокат
not | Нотариална камара на Република България | | нотариат ; нотариални актове ; нотариус
eng | Камара на инженерите в инвестиционното проектиране#КИИП | L:Регионална колегия на КИИП – {city} | инженерно проектиране ; проектантска правоспособност ; инженер
nur | Българска асоциация на професионалистите по здравни грижи#БАПЗГ | L:Регионална колегия на БАПЗГ – {city} | здравни грижи ; сестринска дейност ; медицинска сестра
cci | Българска търговско-промишлена палата#БТПП | L:Търговско-промишлена палата – {city} | търговска палата ; регистрация на фирми ;
cra | Национална занаятчийска камара | L:Регионална занаятчийска камара – {city} | занаяти ; майсторско свидетелство ; занаятчия
mun | | L:Община {city} | община ; разрешителни ;
civ | | L:Община {city} – отдел „Гражданска регистрация“ | гражданска регистрация ; актове за гражданско състояние ;
lio | | L:Дирекция „Инспекция по труда“ – {city} | инспекция по труда ; контрол на командироването ;
her | | L:Регионален исторически музей – {city} | културно наследство ; опазване на културните ценности ;
pol | | L:Областна дирекция на МВР – {city} | разрешения за оръжие ; огнестрелни оръжия ;
rto | | L:Регионална дирекция „Автомобилна администрация“ – {city} | автомобилен транспорт ; лицензи за превоз ;
con | | L:Регионална дирекция на Комисията за защита на потребителите – {city} | защита на потребителите ; жалби на потребители ;
hlt | | L:Регионална здравна инспекция – {city} | обществено здраве ; здравен контрол ;
bld | | L:Регионална дирекция за национален строителен контрол – {city} | строителен контрол ; разрешения за строеж ;
trd | | L:Районен съд – {city} | съдебен регистър ; официални документи ;
sch | | L:Регионално управление на образованието – {city} | учители ; признаване на учителски квалификации ; учител

reg | | L:Областна администрация – {city} | областна администрация ; заверка на документи ;
crt | | L:Окръжен съд – {city} | заверки ; официални документи ;
[el]
@street | {s} {n} | Πανεπιστημίου; Ερμού; Αγίου Δημητρίου; Ελευθερίου Βενιζέλου; Κωνσταντίνου Καραμανλή; Εθνικής Αντιστάσεως; Αριστοτέλους; 28ης Οκτωβρίου; Μητροπόλεως; Ευαγγελιστρίας; Αγίου Νικολάου; Παπαναστασίου
@email | info; grammateia; protokollo
@branch | γραφείο
nimic | Υπουργείο Ανάπτυξης – Εθνικός συντονιστής IMI
sdimic | Περιφερειακός συντονιστής IMI – {region}
limic | Συντονιστής IMI – {area}
helpdesk | Εθνική υπηρεσία υποστήριξης IMI
edu | Υπουργείο Παιδείας, Θρησκευμάτων και Αθλητισμού | | αναγνώριση προσόντων εκπαιδευτικών ; εκπαίδευση ; εκπαιδευτικός
eco | Υπουργείο Ανάπτυξης | | οδηγία για τις υπηρεσίες ; παροχή υπηρεσιών ;
lab | Επιθεώρηση Εργασίας | | απόσπαση εργαζομένων ; επιθεώρηση εργασίας ;
hea | Υπουργείο Υγείας | | διασυνοριακή υγειονομική περίθαλψη ; υγειονομική περίθαλψη ;
soc | Ηλεκτρονικός Εθνικός Φορέας Κοινωνικής Ασφάλισης#e-ΕΦΚΑ | | έντυπο A1 ; συντονισμός κοινωνικής ασφάλισης ;
dpa | Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα | | προστασία προσωπικών δεδομένων ; εποπτεία ;
cpa | Γενική Γραμματεία Εμπορίου | | προστασία καταναλωτή ; εποπτεία της αγοράς ;
cul | Υπουργείο Πολιτισμού | | πολιτιστικά αγαθά ; επιστροφή πολιτιστικών αγαθών ;
int | Ελληνική Αστυνομία | | πυροβόλα όπλα ; άδειες οπλοφορίας ;
tra | Υπουργείο Υποδομών και Μεταφορών | | οδικές μεταφορές ; κοινοτική άδεια ;
rail | Ρυθμιστική Αρχή Σιδηροδρόμων#ΡΑΣ | | άδεια μηχανοδηγού ; σιδηροδρομική ασφάλεια ; μηχανοδηγός
mar | Υπουργείο Ναυτιλίας και Νησιωτικής Πολιτικής | | πιστοποιητικά ικανότητας ; εκπαίδευση ναυτικών ; ναυτικός
sol | Κέντρο SOLVIT Ελλάδας#SOLVIT | | SOLVIT ; επίλυση προβλημάτων της εσωτερικής αγοράς ;
psc | Ενιαίο Κέντρο Εξυπηρέτησης#ΕΚΕ | | ενιαίο σημείο επαφής ; ηλεκτρονικές διαδικασίες ;
jus | Υπουργείο Δικαιοσύνης | | επισημείωση ; δημόσια έγγραφα ;
enic | Διεπιστημονικός Οργανισμός Αναγνώρισης Τίτλων Ακαδημαϊκών και Πληροφόρησης#ΔΟΑΤΑΠ | | αναγνώριση τίτλων σπουδών ; ισοτιμία πτυχίων ;
med | Πανελλήνιος Ιατρικός Σύλλογος#ΠΙΣ | L:Ιατρικός Σύλλογος {x} | ιατρικός σύλλογος ; άσκηση ιατρικού επαγγέλματος ; ιατρός
den | Ελληνική Οδοντιατρική Ομοσπονδία | L:Οδοντιατρικός Σύλλογος {x} | οδοντιατρική ; άσκηση οδοντιατρικού επαγγέλματος ; οδοντίατρος
pha | Πανελλήνιος Φαρμακευτικός Σύλλογος | L:Φαρμακευτικός Σύλλογος {x} | φαρμακεία ; άσκηση φαρμακευτικού επαγγέλματος ; φαρμακοποιός
arc | Τεχνικό Επιμελητήριο Ελλάδας#ΤΕΕ | R:Τεχνικό Επιμελητήριο Ελλάδας – Περιφερειακό Τμήμα {region} | τεχνικό επιμελητήριο ; εκπόνηση μελετών ; αρχιτέκτονας μηχανικός
vet | Πανελλήνιος Κτηνιατρικός Σύλλογος | | κτηνιατρική ; άσκηση κτηνιατρικού επαγγέλματος ; κτηνίατρος
law | Ολομέλεια Δικηγορικών Συλλόγων Ελλάδος | L:Δικηγορικός Σύλλογος {x} | δικηγορικός σύλλογος ; νομικές υπηρεσίες ; δικηγόρος
not | Συντονιστική Επιτροπή Συμβολαιογραφικών Συλλόγων Ελλάδος | L:Συμβολαιογραφικός Σύλλογος {x} | συμβολαιογραφία ; συμβολαιογραφικές πράξεις ; συμβολαιογράφος
nur | Ένωση Νοσηλευτών Ελλάδος#ΕΝΕ | | νοσηλευτική ; νοσηλευτική φροντίδα ; νοσηλευτής
cci | Κεντρική Ένωση Επιμελητηρίων Ελλάδος#ΚΕΕΕ | L:Εμπορικό και Βιομηχανικό Επιμελητήριο {x} | επιμελητήριο ; Γενικό Εμπορικό Μητρώο ;
cra | | L:Βιοτεχνικό Επιμελητήριο {x} | βιοτεχνία ; βεβαιώσεις επαγγελματικής δραστηριότητας ; βιοτέχνης
mun | | L:Δήμος {x} | δήμος ; άδειες λειτουργίας ;
civ | | L:Ληξιαρχείο Δήμου {x} | ληξιαρχείο ; ληξιαρχικές πράξεις ;
lio | | L:Τμήμα Επιθεώρησης Εργασιακών Σχέσεων {x} | επιθεώρηση εργασίας ; έλεγχος αποσπάσεων ;
her | | L:Εφορεία Αρχαιοτήτων {x} | αρχαιότητες ; προστασία πολιτιστικής κληρονομιάς ;
pol | | L:Διεύθυνση Αστυνομίας {x} | άδειες οπλοφορίας ; πυροβόλα όπλα ;
rto | | L:Διεύθυνση Μεταφορών και Επικοινωνιών {x} | οδικές μεταφορές ; άδειες μεταφορέων ;
hlt | | L:Διεύθυνση Δημόσιας Υγείας {x} | δημόσια υγεία ; υγειονομικός έλεγχος ;
bld | | L:Υπηρεσία Δόμησης Δήμου {x} | πολεοδομία ; οικοδομικές άδειες ;
trd | | L:Πρωτοδικείο {x} | δικαστικά μητρώα ; δημόσια έγγραφα ;
sch | | L:Διεύθυνση Δευτεροβάθμιας Εκπαίδευσης {x} | εκπαιδευτικοί ; αναγνώριση προσόντων εκπαιδευτικών ; εκπαιδευτικός

reg | | L:Περιφερειακή Ενότητα {x} | περιφερειακή ενότητα ; αδειοδοτήσεις ;
tax | Οικονομικό Επιμελητήριο Ελλάδας#ΟΕΕ | | οικονομολόγοι ; φοροτεχνικές υπηρεσίες ; λογιστής φοροτεχνικός
[el/CY] @only
@street | {s} {n} | Λεωφόρος Μακαρίου Γ΄; Οδός Λήδρας; Λεωφόρος Αρχιεπισκόπου Κυπριανού; Οδός Αγίου Ανδρέα; Λεωφόρος Γρίβα Διγενή; Οδός Ερμού; Λεωφόρος Ευαγόρου; Οδός Ζήνωνος Κιτιέως
nimic | Υπουργείο Ενέργειας, Εμπορίου και Βιομηχανίας – Εθνικός συντονιστής IMI
sdimic | Περιφερειακός συντονιστής IMI – {region}
limic | Συντονιστής IMI – {area}
helpdesk | Εθνική υπηρεσία υποστήριξης IMI
edu | Υπουργείο Παιδείας, Αθλητισμού και Νεολαίας | | αναγνώριση προσόντων εκπαιδευτικών ; εκπαίδευση ; εκπαιδευτικός
eco | Υπουργείο Ενέργειας, Εμπορίου και Βιομηχανίας | | οδηγία για τις υπηρεσίες ; παροχή υπηρεσιών ;
lab | Τμήμα Επιθεώρησης Εργασίας | | απόσπαση εργαζομένων ; επιθεώρηση εργασίας ;
hea | Υπουργείο Υγείας | | διασυνοριακή υγειονομική περίθαλψη ; υγειονομική περίθαλψη ;
soc | Υπηρεσίες Κοινωνικών Ασφαλίσεων | | έντυπο A1 ; συντονισμός κοινωνικής ασφάλισης ;
dpa | Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα | | προστασία προσωπικών δεδομένων ; εποπτεία ;
cpa | Υπηρεσία Προστασίας Καταναλωτή | | προστασία καταναλωτή ; εποπτεία της αγοράς ;
cul | Τμήμα Αρχαιοτήτων | | πολιτιστικά αγαθά ; επιστροφή πολιτιστικών αγαθών ;
int | Αστυνομία Κύπρου | | πυροβόλα όπλα ; άδειες οπλοκατοχής ;
tra | Τμήμα Οδικών Μεταφορών | | οδικές μεταφορές ; κοινοτική άδεια ;
mar | Υφυπουργείο Ναυτιλίας | | πιστοποιητικά ικανότητας ; εκπαίδευση ναυτικών ; ναυτικός
sol | Κέντρο SOLVIT Κύπρου#SOLVIT | | SOLVIT ; επίλυση προβλημάτων της εσωτερικής αγοράς ;
psc | Ενιαίο Σημείο Επαφής | | ενιαίο σημείο επαφής ; ηλεκτρονικές διαδικασίες ;
jus | Υπουργείο Δικαιοσύνης και Δημοσίας Τάξεως | | επισημείωση ; δημόσια έγγραφα ;
enic | Κυπριακός Οργανισμός Αξιολόγησης και Αναγνώρισης Τίτλων Σπουδών#ΚΥΣΑΤΣ | | αναγνώριση τίτλων σπουδών ; ισοτιμία πτυχίων ;
med | Παγκύπριος Ιατρικός Σύλλογος | | ιατρικός σύλλογος ; άσκηση ιατρικού επαγγέλματος ; ιατρός
den | Κυπριακός Οδοντιατρικός Σύλλογος | | οδοντιατρική ; άσκηση οδοντιατρικού επαγγέλματος ; οδοντίατρος
pha | Παγκύπριος Φαρμακευτικός Σύλλογος | | φαρμακεία ; άσκηση φαρμακευτικού επαγγέλματος ; φαρμακοποιός
arc | Επιστημονικό και Τεχνικό Επιμελητήριο Κύπρου#ΕΤΕΚ | | μηχανικοί ; εκπόνηση μελετών ; αρχιτέκτονας
vet | Παγκύπριος Κτηνιατρικός Σύλλογος | | κτηνιατρική ; άσκηση κτηνιατρικού επαγγέλματος ; κτηνίατρος
law | Παγκύπριος Δικηγορικός Σύλλογος | | δικηγορικός σύλλογος ; νομικές υπηρεσίες ; δικηγόρος
cci | Κυπριακό Εμπορικό και Βιομηχανικό Επιμελητήριο#ΚΕΒΕ | L:Εμπορικό και Βιομηχανικό Επιμελητήριο {x} | επιμελητήριο ; μητρώο επιχειρήσεων ;
mun | | L:Δήμος {x} | δήμος ; άδειες λειτουργίας ;
civ | | L:Επαρχιακή Διοίκηση {x} | ληξιαρχείο ; πιστοποιητικά ;
lio | | L:Επαρχιακό Γραφείο Επιθεώρησης Εργασίας {x} | επιθεώρηση εργασίας ; έλεγχος αποσπάσεων ;
pol | | L:Αστυνομική Διεύθυνση {x} | άδειες οπλοκατοχής ; πυροβόλα όπλα ;
trd | | L:Επαρχιακό Δικαστήριο {x} | δικαστικά μητρώα ; δημόσια έγγραφα ;
)TABLE",
  };
}

}  // namespace imi::directory_gen
