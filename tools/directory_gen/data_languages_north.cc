// How bodies are named in Danish, Swedish, Norwegian Bokmål, Finnish,
// Icelandic, Estonian, Latvian and Lithuanian. Format: see
// data_languages_west.cc.
#include "tools/directory_gen/reference_data.h"

namespace imi::directory_gen {

std::vector<absl::string_view> LanguageTablesNorth() {
  return {
R"TABLE(
[da]
@street | {s} {n} | Vestergade; Østergade; Nørregade; Søndergade; Jernbanegade; Kirkegade; Torvet; Strandvejen; Skolegade; Algade; Rådhuspladsen; Slotsgade
@email | post; info; kontakt
@branch | afdeling
nimic | Erhvervsstyrelsen – National IMI-koordinator
sdimic | Regional IMI-koordinator – {region}
limic | IMI-koordinator – {area}
helpdesk | National IMI-helpdesk
edu | Styrelsen for Undervisning og Kvalitet#STUK | | anerkendelse af læreruddannelser ; undervisning ; lærer
eco | Erhvervsstyrelsen | | servicedirektivet ; levering af tjenesteydelser ;
lab | Arbejdstilsynet | | udstationering ; arbejdsmiljøtilsyn ;
hea | Styrelsen for Patientsikkerhed#STPS | | grænseoverskridende sundhedsydelser ; autorisation af sundhedspersoner ; læge
soc | Udbetaling Danmark | | A1-attest ; koordinering af social sikring ;
dpa | Datatilsynet | | databeskyttelse ; tilsyn med databeskyttelse ;
cpa | Konkurrence- og Forbrugerstyrelsen#KFST | | forbrugerbeskyttelse ; håndhævelse af forbrugerretten ;
cul | Slots- og Kulturstyrelsen | | kulturgoder ; tilbagelevering af kulturgoder ;
int | Rigspolitiet | | skydevåben ; våbentilladelser ;
tra | Færdselsstyrelsen | | vejtransport ; fællesskabstilladelse ;
rail | Trafikstyrelsen | | lokomotivførerlicens ; jernbanesikkerhed ; lokomotivfører
mar | Søfartsstyrelsen | | sønæringsbeviser ; uddannelse af søfarende ; søfarende
sol | SOLVIT Danmark#SOLVIT | | SOLVIT ; løsning af problemer på det indre marked ;
psc | Virk | | kvikskranke ; digital selvbetjening ;
jus | Udenrigsministeriet – Legalisering | | apostille ; offentlige dokumenter ;
enic | Uddannelses- og Forskningsstyrelsen | | anerkendelse af udenlandske uddannelser ; vurdering af eksamensbeviser ;
vet | Fødevarestyrelsen | | dyrlæger ; autorisation af dyrlæger ; dyrlæge
law | Advokatsamfundet | | advokatvirksomhed ; juridisk rådgivning ; advokat
arc | Bygningsstyrelsen | | byggeri ; certificering ; arkitekt
mun | | L:{x} Kommune | kommune ; tilladelser ;
civ | | L:{x} Kommune – Borgerservice | personregistrering ; attester ;
lio | | L:Arbejdstilsynet – {city} | arbejdsmiljø ; tilsyn med udstationerede ;
hlt | | R:{region} | sundhedsvæsen ; patientrettigheder ;
bld | | L:{x} Kommune – Byggeri | byggesager ; byggetilladelser ;
pol | | L:Politiet – {city} Politistation | våbentilladelser ; skydevåben ;

crt | | L:Retten i {city} | apostille ; retsafgørelser ;
wfo | | L:{x} Kommune – Erhvervsservice | erhvervsservice ; virksomhedsetablering ;
vto | | L:Fødevarestyrelsen – {city} | fødevarekontrol ; veterinærtilsyn ; dyrlæge
[sv]
@street | {s} {n} | Storgatan; Drottninggatan; Kungsgatan; Järnvägsgatan; Kyrkogatan; Stortorget; Hamngatan; Skolgatan; Nygatan; Östra Hamngatan; Västra vägen; Parkgatan
@email | registrator; info; kontakt
@branch | kontor
nimic | Kommerskollegium – nationell IMI-samordnare
sdimic | Regional IMI-samordnare – {region}
limic | IMI-samordnare – {area}
helpdesk | Nationell IMI-helpdesk
edu | Skolverket | | lärarlegitimation ; undervisning ; lärare
eco | Tillväxtverket | | tjänstedirektivet ; tillhandahållande av tjänster ;
lab | Arbetsmiljöverket | | utstationering ; arbetsmiljötillsyn ;
hea | Socialstyrelsen | | gränsöverskridande hälso- och sjukvård ; legitimation av hälso- och sjukvårdspersonal ; läkare
soc | Försäkringskassan | | intyg A1 ; samordning av social trygghet ;
dpa | Integritetsskyddsmyndigheten#IMY | | dataskydd ; tillsyn över dataskydd ;
cpa | Konsumentverket | | konsumentskydd ; tillsyn över konsumentlagstiftningen ;
cul | Riksantikvarieämbetet#RAÄ | | kulturföremål ; återlämnande av kulturföremål ;
int | Polismyndigheten | | skjutvapen ; vapenlicenser ;
tra | Transportstyrelsen | | vägtransport ; gemenskapstillstånd ;
sol | SOLVIT Sverige#SOLVIT | | SOLVIT ; lösning av problem på den inre marknaden ;
psc | Verksamt.se | | gemensam kontaktpunkt ; e-tjänster ;
jus | | L:Notarius publicus i {city} | apostille ; allmänna handlingar ;
enic | Universitets- och högskolerådet#UHR | | bedömning av utländsk utbildning ; erkännande av examina ;
arc | Boverket | | byggregler ; certifiering ; arkitekt
vet | Jordbruksverket | | veterinärer ; legitimation av veterinärer ; veterinär
law | Sveriges advokatsamfund | | advokatverksamhet ; juridisk rådgivning ; advokat
mun | | L:{x} | kommun ; tillstånd ;
civ | | L:Skatteverket – servicekontor {city} | folkbokföring ; personbevis ;
lio | | L:Arbetsmiljöverket – regionkontor {city} | arbetsmiljö ; tillsyn av utstationering ;
her | | R:Länsstyrelsen i {region} – kulturmiljö | kulturmiljö ; skydd av kulturarv ;
pol | | L:Polismyndigheten – polisstation {city} | vapenlicenser ; skjutvapen ;
rto | | R:Länsstyrelsen i {region} – trafikfrågor | vägtransport ; trafiktillstånd ;
con | | L:Konsumentvägledningen i {city} | konsumentvägledning ; konsumentklagomål ;
bld | | L:Byggnadsnämnden i {city} | bygglov ; byggnadstillsyn ;

wfo | | L:{x} – näringslivskontoret | näringsliv ; företagsetablering ;
vto | | R:Länsstyrelsen i {region} – djurskydd | djurskydd ; veterinär tillsyn ; veterinär
[sv/FI] @only
@street | {s} {n} | Handelsesplanaden; Storgatan; Kyrkogatan; Järnvägsgatan; Skolhusgatan; Strandgatan; Torggatan; Slottsgatan
nimic | Arbets- och näringsministeriet – nationell IMI-koordinator
sdimic | Regional IMI-koordinator – {region}
limic | IMI-koordinator – {area}
helpdesk | Nationell IMI-helpdesk
edu | Utbildningsstyrelsen | | erkännande av lärarbehörighet ; undervisning ; lärare
eco | Arbets- och näringsministeriet | | tjänstedirektivet ; tillhandahållande av tjänster ;
lab | Arbetarskyddsförvaltningen | | utstationerade arbetstagare ; arbetarskyddstillsyn ;
hea | Social- och hälsovårdsministeriet | | gränsöverskridande hälso- och sjukvård ; hälso- och sjukvård ;
soc | Pensionsskyddscentralen | | intyg A1 ; samordning av social trygghet ;
dpa | Dataombudsmannens byrå | | dataskydd ; tillsyn över dataskydd ;
cpa | Konkurrens- och konsumentverket | | konsumentskydd ; tillsyn över konsumentlagstiftningen ;
cul | Museiverket | | kulturföremål ; återlämnande av kulturföremål ;
int | Polisstyrelsen | | skjutvapen ; vapentillstånd ;
tra | Transport- och kommunikationsverket#Traficom | | vägtransport ; gemenskapstillstånd ;
sol | SOLVIT Finland#SOLVIT | | SOLVIT ; lösning av problem på den inre marknaden ;
psc | Företagsfinland | | gemensam kontaktpunkt ; e-tjänster ;
jus | Myndigheten för digitalisering och befolkningsdata | | apostille ; officiella handlingar ;
med | Tillstånds- och tillsynsverket för social- och hälsovården#Valvira | | yrkesutbildade personer inom hälso- och sjukvården ; yrkesrättigheter ; läkare
vet | Livsmedelsverket | | veterinärer ; legitimation av veterinärer ; veterinär
law | Finlands Advokatförbund | | advokatverksamhet ; juridisk rådgivning ; advokat
cci | Centralhandelskammaren | L:{city} handelskammare | handelskammare ; företagstjänster ;
mun | | L:{city} stad | stad ; tillstånd ;
civ | | L:Myndigheten för digitalisering och befolkningsdata – verksamhetsstället i {city} | befolkningsdata ; intyg ;
her | | L:{city} stadsmuseum | kulturarv ; skydd av kulturarv ;
pol | | L:Polisinrättningen i {city} | vapentillstånd ; skjutvapen ;
bld | | L:Byggnadstillsynen i {city} | bygglov ; byggnadstillsyn ;

[nb]
@street | {s} {n} | Storgata; Kirkegata; Jernbanegata; Kongens gate; Dronningens gate; Torget; Strandgata; Skolegata; Parkveien; Sjøgata; Rådhusgata; Bryggen
@email | postmottak; post; firmapost
@branch | kontor
nimic | Nærings- og fiskeridepartementet – nasjonal IMI-koordinator
sdimic | Regional IMI-koordinator – {region}
limic | IMI-koordinator – {area}
helpdesk | Nasjonal IMI-brukerstøtte
edu | Utdanningsdirektoratet | | godkjenning av lærerutdanning ; undervisning ; lærer
eco | Nærings- og fiskeridepartementet | | tjenestedirektivet ; tjenesteyting ;
lab | Arbeidstilsynet | | utsendte arbeidstakere ; arbeidstilsyn ;
hea | Helsedirektoratet | | grensekryssende helsetjenester ; autorisasjon av helsepersonell ; lege
soc | Arbeids- og velferdsetaten#NAV | | A1-attest ; trygdekoordinering ;
dpa | Datatilsynet | | personvern ; tilsyn med personvern ;
cpa | Forbrukertilsynet | | forbrukervern ; håndheving av forbrukerretten ;
cul | Riksantikvaren | | kulturgjenstander ; tilbakelevering av kulturgjenstander ;
int | Politidirektoratet | | skytevåpen ; våpentillatelser ;
tra | Statens vegvesen | | veitransport ; fellesskapstillatelse ;
rail | Statens jernbanetilsyn | | førerbevis for tog ; jernbanesikkerhet ; lokomotivfører
mar | Sjøfartsdirektoratet | | sertifikater for sjøfolk ; opplæring av sjøfolk ; sjømann
sol | SOLVIT Norge#SOLVIT | | SOLVIT ; løsning av problemer i det indre marked ;
psc | Altinn | | felles kontaktpunkt ; elektroniske tjenester ;
jus | | R:Statsforvalteren i {region} | apostille ; offentlige dokumenter ;
enic | Direktoratet for høyere utdanning og kompetanse#HK-dir | | godkjenning av utenlandsk utdanning ; vurdering av vitnemål ;
vet | Mattilsynet | | veterinærer ; autorisasjon av veterinærer ; veterinær
law | Tilsynsrådet for advokatvirksomhet | | advokatvirksomhet ; juridisk rådgivning ; advokat
mun | | L:{city} kommune | kommune ; tillatelser ;
civ | | L:Skatteetaten – skattekontor {city} | folkeregister ; attester ;
lio | | L:Arbeidstilsynet – {city} | arbeidsmiljø ; tilsyn med utsendte arbeidstakere ;
her | | R:{region} fylkeskommune – kulturarv | kulturarv ; vern av kulturminner ;
pol | | L:Politiet – {city} politistasjon | våpentillatelser ; skytevåpen ;
rto | | R:Statens vegvesen – {region} | veitransport ; løyver ;
bld | | L:{city} kommune – plan og bygg | byggesaker ; byggetillatelser ;
trd | | L:{city} tingrett | tinglysing ; offentlige dokumenter ;

wfo | | L:{city} kommune – næringsutvikling | næringsutvikling ; etablering av virksomhet ;
hlt | | L:{city} kommune – kommuneoverlegen | smittevern ; folkehelse ;
sch | | R:Statsforvalteren i {region} – oppvekst og utdanning | lærere ; godkjenning av lærerutdanning ; lærer
[fi]
@street | {s} {n} | Kauppakatu; Rautatienkatu; Kirkkokatu; Hämeenkatu; Satamakatu; Aleksanterinkatu; Koulukatu; Puistokatu; Asemakatu; Torikatu; Kauppatori; Rantakatu
@email | kirjaamo; info; asiakaspalvelu
@branch | toimipiste
nimic | Työ- ja elinkeinoministeriö – kansallinen IMI-koordinaattori
sdimic | Alueellinen IMI-koordinaattori – {region}
limic | IMI-koordinaattori – {area}
helpdesk | Kansallinen IMI-neuvontapalvelu
edu | Opetushallitus#OPH | | opettajan kelpoisuuden tunnustaminen ; opetus ; opettaja
eco | Työ- ja elinkeinoministeriö#TEM | | palveludirektiivi ; palvelujen tarjoaminen ;
lab | Työsuojeluhallinto | | lähetetyt työntekijät ; työsuojeluvalvonta ;
hea | Sosiaali- ja terveysministeriö#STM | | rajat ylittävä terveydenhuolto ; terveydenhuolto ;
soc | Eläketurvakeskus#ETK | | A1-todistus ; sosiaaliturvan koordinointi ;
dpa | Tietosuojavaltuutetun toimisto | | tietosuoja ; tietosuojan valvonta ;
cpa | Kilpailu- ja kuluttajavirasto#KKV | | kuluttajansuoja ; kuluttajansuojalainsäädännön valvonta ;
cul | Museovirasto | | kulttuuriesineet ; kulttuuriesineiden palauttaminen ;
int | Poliisihallitus | | ampuma-aseet ; aseluvat ;
tra | Liikenne- ja viestintävirasto#Traficom | | tieliikenne ; yhteisöliikennelupa ;
sol | SOLVIT Suomi#SOLVIT | | SOLVIT ; sisämarkkinaongelmien ratkaiseminen ;
psc | Yritys-Suomi | | keskitetty asiointipiste ; sähköinen asiointi ;
jus | Digi- ja väestötietovirasto#DVV | | apostille ; julkiset asiakirjat ;
med | Sosiaali- ja terveysalan lupa- ja valvontavirasto#Valvira | | terveydenhuollon ammattihenkilöt ; ammattioikeudet ; lääkäri
vet | Ruokavirasto | | eläinlääkärit ; eläinlääkärin ammattioikeus ; eläinlääkäri
law | Suomen Asianajajaliitto | | asianajotoiminta ; oikeudellinen neuvonta ; asianajaja
cci | Keskuskauppakamari | L:{x} kauppakamari | kauppakamari ; yrityspalvelut ;
mun | | L:{x} kaupunki | kaupunki ; luvat ;
civ | | L:Digi- ja väestötietovirasto – {x} toimipaikka | väestötiedot ; todistukset ;
lio | | R:Aluehallintoviraston työsuojelun vastuualue – {region} | työsuojelu ; lähetettyjen työntekijöiden valvonta ;
her | | L:{x} kaupunginmuseo | kulttuuriperintö ; kulttuuriperinnön suojelu ;
pol | | L:{x} poliisilaitos | aseluvat ; ampuma-aseet ;
rto | | R:Elinkeino-, liikenne- ja ympäristökeskus – {region} | tieliikenne ; liikenneluvat ;
hlt | | L:{x} kaupungin terveysvalvonta | terveysvalvonta ; kansanterveys ;
bld | | L:{x} rakennusvalvonta | rakennusluvat ; rakennusvalvonta ;
trd | | L:{x} käräjäoikeus | rekisterit ; julkiset asiakirjat ;

[is]
@street | {s} {n} | Laugavegur; Hafnarstræti; Aðalstræti; Borgartún; Suðurlandsbraut; Skólavörðustígur; Austurvegur; Strandgata; Hafnargata; Kirkjuvegur
@email | postur; upplysingar; skrifstofa
@branch | útibú
nimic | Utanríkisráðuneytið – Landsumsjón IMI
sdimic | Svæðisumsjón IMI – {region}
limic | IMI-umsjón – {area}
helpdesk | Þjónustuborð IMI
edu | Mennta- og barnamálaráðuneytið | | viðurkenning kennaramenntunar ; kennsla ; kennari
eco | Atvinnuvegaráðuneytið | | þjónustutilskipunin ; veiting þjónustu ;
lab | Vinnueftirlitið | | útsendir starfsmenn ; vinnueftirlit ;
hea | Embætti landlæknis | | heilbrigðisþjónusta yfir landamæri ; starfsleyfi heilbrigðisstarfsmanna ; læknir
soc | Tryggingastofnun | | A1-vottorð ; samræming almannatrygginga ;
dpa | Persónuvernd | | persónuvernd ; eftirlit með persónuvernd ;
cpa | Neytendastofa | | neytendavernd ; eftirlit með neytendarétti ;
cul | Minjastofnun Íslands | | menningarminjar ; skil menningarverðmæta ;
int | Ríkislögreglustjóri | | skotvopn ; skotvopnaleyfi ;
tra | Samgöngustofa | | vöruflutningar á vegum ; bandalagsleyfi ;
sol | SOLVIT á Íslandi#SOLVIT | | SOLVIT ; lausn vandamála á innri markaðnum ;
jus | Utanríkisráðuneytið – Apostille-vottanir | | apostille ; opinber skjöl ;
enic | ENIC/NARIC Ísland | | viðurkenning prófskírteina ; mat á námi ;
law | Lögmannafélag Íslands | | lögmannsstörf ; lögfræðiráðgjöf ; lögmaður
cci | Viðskiptaráð Íslands | | viðskiptaráð ; stuðningur við fyrirtæki ;
mun | | L:{x} | sveitarfélag ; leyfi ;

[et]
@street | {s} {n} | Pärnu maantee; Narva maantee; Tartu maantee; Rüütli tänav; Kesk tänav; Pikk tänav; Raekoja plats; Kooli tänav; Aia tänav; Posti tänav
@email | info; kantselei; post
@branch | büroo
nimic | Majandus- ja Kommunikatsiooniministeerium – riiklik IMI koordinaator
sdimic | Piirkondlik IMI koordinaator – {region}
limic | IMI koordinaator – {area}
helpdesk | Riiklik IMI kasutajatugi
edu | Haridus- ja Teadusministeerium | | õpetaja kvalifikatsiooni tunnustamine ; õpetamine ; õpetaja
eco | Majandus- ja Kommunikatsiooniministeerium#MKM | | teenuste direktiiv ; teenuste osutamine ;
lab | Tööinspektsioon | | lähetatud töötajad ; tööinspektsioon ;
hea | Sotsiaalministeerium | | piiriülene tervishoid ; tervishoid ;
soc | Sotsiaalkindlustusamet | | A1-tõend ; sotsiaalkindlustuse koordineerimine ;
dpa | Andmekaitse Inspektsioon | | andmekaitse ; andmekaitse järelevalve ;
cpa | Tarbijakaitse ja Tehnilise Järelevalve Amet#TTJA | | tarbijakaitse ; tarbijaõiguse järelevalve ;
cul | Muinsuskaitseamet | | kultuuriväärtused ; kultuuriväärtuste tagastamine ;
int | Politsei- ja Piirivalveamet#PPA | | tulirelvad ; relvaload ;
tra | Transpordiamet | | maanteevedu ; ühenduse tegevusluba ;
sol | SOLVIT Eesti#SOLVIT | | SOLVIT ; siseturu probleemide lahendamine ;
jus | Justiits- ja Digiministeerium | | apostill ; avalikud dokumendid ;
enic | Haridus- ja Noorteamet#HARNO | | välisriigi hariduse tunnustamine ; diplomite hindamine ;
med | Terviseamet | | tervishoiutöötajad ; kutsealane tegevus ; arst
law | Eesti Advokatuur | | advokatuur ; õigusabi ; vandeadvokaat
not | Notarite Koda | | notariaat ; notariaalaktid ; notar
cci | Eesti Kaubandus-Tööstuskoda | | kaubanduskoda ; ettevõtete toetamine ;
mun | | L:{x} Linnavalitsus | linnavalitsus ; load ;
pol | | L:Politsei- ja Piirivalveameti {x} teenindus | relvaload ; tulirelvad ;

[lv]
@street | {s} {n} | Brīvības iela; Krišjāņa Valdemāra iela; Elizabetes iela; Raiņa bulvāris; Skolas iela; Dzirnavu iela; Lāčplēša iela; Tirgus iela; Baznīcas iela; Pils iela
@email | pasts; info; kanceleja
@branch | filiāle
nimic | Ekonomikas ministrija – nacionālais IMI koordinators
sdimic | Reģionālais IMI koordinators – {region}
limic | IMI koordinators – {area}
helpdesk | Nacionālais IMI palīdzības dienests
edu | Izglītības un zinātnes ministrija | | skolotāju kvalifikācijas atzīšana ; izglītība ; skolotājs
eco | Ekonomikas ministrija | | pakalpojumu direktīva ; pakalpojumu sniegšana ;
lab | Valsts darba inspekcija#VDI | | norīkotie darbinieki ; darba inspekcija ;
hea | Veselības ministrija | | pārrobežu veselības aprūpe ; veselības aprūpe ;
soc | Valsts sociālās apdrošināšanas aģentūra#VSAA | | A1 veidlapa ; sociālā nodrošinājuma koordinācija ;
dpa | Datu valsts inspekcija#DVI | | datu aizsardzība ; datu aizsardzības uzraudzība ;
cpa | Patērētāju tiesību aizsardzības centrs#PTAC | | patērētāju tiesību aizsardzība ; tirgus uzraudzība ;
cul | Nacionālā kultūras mantojuma pārvalde | | kultūras priekšmeti ; kultūras priekšmetu atdošana ;
int | Valsts policija | | šaujamieroči ; ieroču atļaujas ;
tra | Autotransporta direkcija | | autopārvadājumi ; Kopienas atļauja ;
rail | Valsts dzelzceļa tehniskā inspekcija | | vilces līdzekļa vadītāja apliecība ; dzelzceļa drošība ; vilces līdzekļa vadītājs
mar | Latvijas Jūras administrācija | | kompetences sertifikāti ; jūrnieku apmācība ; jūrnieks
sol | SOLVIT Latvija#SOLVIT | | SOLVIT ; iekšējā tirgus problēmu risināšana ;
jus | Tieslietu ministrija | | apostille ; publiski dokumenti ;
enic | Akadēmiskās informācijas centrs#AIC | | diplomu atzīšana ; izglītības dokumentu novērtēšana ;
med | Latvijas Ārstu biedrība | | ārstniecība ; ārstu sertifikācija ; ārsts
law | Latvijas Zvērinātu advokātu padome | | advokatūra ; juridiskā palīdzība ; zvērināts advokāts
not | Latvijas Zvērinātu notāru padome | | notariāts ; notariālie akti ; zvērināts notārs
arc | Latvijas Arhitektu savienība | | arhitektūra ; arhitektu sertifikācija ; arhitekts
cci | Latvijas Tirdzniecības un rūpniecības kamera#LTRK | | tirdzniecības kamera ; uzņēmējdarbības atbalsts ;
mun | | L:{x} valstspilsētas pašvaldība | pašvaldība ; atļaujas ;
civ | | L:{x} dzimtsarakstu nodaļa | civilstāvokļa akti ; dzimtsarakstu apliecības ;
bld | | L:{x} būvvalde | būvatļaujas ; būvniecības kontrole ;

[lt]
@street | {s} {n} | Gedimino pr.; Vilniaus g.; Laisvės al.; Basanavičiaus g.; Maironio g.; Tilžės g.; Kęstučio g.; Vytauto g.; Pylimo g.; Respublikos g.
@email | info; rastine; priimamasis
@branch | padalinys
nimic | Ekonomikos ir inovacijų ministerija – nacionalinis IMI koordinatorius
sdimic | Regioninis IMI koordinatorius – {region}
limic | IMI koordinatorius – {area}
helpdesk | Nacionalinė IMI pagalbos tarnyba
edu | Švietimo, mokslo ir sporto ministerija | | mokytojų kvalifikacijos pripažinimas ; švietimas ; mokytojas
eco | Ekonomikos ir inovacijų ministerija | | paslaugų direktyva ; paslaugų teikimas ;
lab | Valstybinė darbo inspekcija#VDI | | komandiruoti darbuotojai ; darbo inspekcija ;
hea | Sveikatos apsaugos ministerija | | tarpvalstybinės sveikatos priežiūros paslaugos ; sveikatos priežiūra ;
soc | Valstybinio socialinio draudimo fondo valdyba#Sodra | | A1 pažyma ; socialinės apsaugos koordinavimas ;
dpa | Valstybinė duomenų apsaugos inspekcija#VDAI | | duomenų apsauga ; duomenų apsaugos priežiūra ;
cpa | Valstybinė vartotojų teisių apsaugos tarnyba#VVTAT | | vartotojų teisių apsauga ; rinkos priežiūra ;
cul | Kultūros paveldo departamentas | | kultūros vertybės ; kultūros vertybių grąžinimas ;
int | Policijos departamentas | | šaunamieji ginklai ; ginklų leidimai ;
tra | Lietuvos transporto saugos administracija#LTSA | | kelių transportas ; Bendrijos licencija ;
sol | SOLVIT Lietuva#SOLVIT | | SOLVIT ; vidaus rinkos problemų sprendimas ;
jus | Teisingumo ministerija | | apostilė ; oficialūs dokumentai ;
enic | Studijų kokybės vertinimo centras#SKVC | | diplomų pripažinimas ; išsilavinimo vertinimas ;
med | Lietuvos gydytojų sąjunga | | gydytojai ; medicinos praktika ; gydytojas
law | Lietuvos advokatūra | | advokatūra ; teisinė pagalba ; advokatas
not | Lietuvos notarų rūmai | | notariatas ; notariniai veiksmai ; notaras
arc | Lietuvos architektų rūmai | | architektūra ; architektų atestavimas ; architektas
cci | Lietuvos prekybos, pramonės ir amatų rūmų asociacija | L:{x} prekybos, pramonės ir amatų rūmai | prekybos rūmai ; verslo paslaugos ;
mun | | L:{x} miesto savivaldybė | savivaldybė ; leidimai ;
civ | | L:{x} civilinės metrikacijos skyrius | civilinės būklės aktai ; gimimo liudijimai ;
pol | | L:{x} apskrities vyriausiasis policijos komisariatas | ginklų leidimai ; šaunamieji ginklai ;
lio | | L:Valstybinės darbo inspekcijos {x} skyrius | darbo inspekcija ; komandiruotų darbuotojų kontrolė ;
her | | L:Kultūros paveldo departamento {x} skyrius | kultūros paveldas ; paveldo apsauga ;
hlt | | L:Nacionalinio visuomenės sveikatos centro {x} departamentas | visuomenės sveikata ; sveikatos priežiūra ;
)TABLE",
  };
}

}  // namespace imi::directory_gen
