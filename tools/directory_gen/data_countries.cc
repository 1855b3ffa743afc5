// The 30 EEA countries for the synthetic directory.
//
// Header: [CC] tld= w= names= extra= phone= nsn= grp= limic= sdimic=
//   w       relative size of the country's part of the directory
//           (population^0.75 x 100, so small countries still get a few dozen)
//   names   official languages among the 26 IMI languages, primary first
//   extra   languages often understood there besides English
//   nsn     digits of the national significant telephone number
//   grp     how to group them: a = the area code, a number = that many
//           digits, * = the rest ("+49 511 1234567", "+33 1 23 45 67 89")
//   limic   legislative areas with their own coordinator (LIMIC)
//   sdimic  1 for federal/regional states with regional coordinators
// Place rows: city | x | region | postal-code template | phone area [| languages]
//   city and region list their names per country language, separated by " ~ ";
//   x is the form the country's first language needs in names (see
//   reference_data.h); postal templates: '#' a digit, '@' a letter.
#include "tools/directory_gen/reference_data.h"

namespace imi::directory_gen {

absl::string_view CountryTable() {
  return R"TABLE(
[AT] tld=at w=524 names=de extra=it,hu phone=+43 nsn=10 grp=a,* limic=pq,services,posting sdimic=1
Wien | | Wien | 1##0 | 1
Graz | | Steiermark | 80## | 316
Linz | | Oberösterreich | 40## | 732
Salzburg | | Salzburg | 50## | 662
Innsbruck | | Tirol | 60## | 512
Klagenfurt am Wörthersee | | Kärnten | 90## | 463
St. Pölten | | Niederösterreich | 31## | 2742
Bregenz | | Vorarlberg | 69## | 5574
Eisenstadt | | Burgenland | 70## | 2682
Wels | | Oberösterreich | 46## | 7242
Villach | | Kärnten | 95## | 4242
Dornbirn | | Vorarlberg | 68## | 5572
Wiener Neustadt | | Niederösterreich | 27## | 2622
Leoben | | Steiermark | 87## | 3842
Steyr | | Oberösterreich | 44## | 7252
Feldkirch | | Vorarlberg | 68## | 5522
Krems an der Donau | | Niederösterreich | 35## | 2732
Kufstein | | Tirol | 63## | 5372

Baden | | Niederösterreich | 2500 | 2252
Amstetten | | Niederösterreich | 3300 | 7472
Mödling | | Niederösterreich | 2340 | 2236
Lienz | | Tirol | 9900 | 4852
Spittal an der Drau | | Kärnten | 9800 | 4762
Bruck an der Mur | | Steiermark | 8600 | 3862
Zell am See | | Salzburg | 5700 | 6542
Hallein | | Salzburg | 5400 | 6245
Braunau am Inn | | Oberösterreich | 5280 | 7722
Vöcklabruck | | Oberösterreich | 4840 | 7672
Oberwart | | Burgenland | 7400 | 3352
Bludenz | | Vorarlberg | 6700 | 5552
[BE] tld=be w=637 names=nl,fr,de extra=fr,nl,de phone=+32 nsn=8 grp=a,3,* limic=pq,services,posting sdimic=1
Brussel ~ Bruxelles ~ Brüssel | | Brussels Hoofdstedelijk Gewest ~ Région de Bruxelles-Capitale ~ Region Brüssel-Hauptstadt | 10#0 | 2 | nl fr
Antwerpen ~ Anvers ~ Antwerpen | | Vlaanderen ~ Flandre ~ Flandern | 20#0 | 3 | nl
Gent ~ Gand ~ Gent | | Vlaanderen ~ Flandre ~ Flandern | 90#0 | 9 | nl
Brugge ~ Bruges ~ Brügge | | Vlaanderen ~ Flandre ~ Flandern | 8000 | 50 | nl
Leuven ~ Louvain ~ Löwen | | Vlaanderen ~ Flandre ~ Flandern | 3000 | 16 | nl
Hasselt | | Vlaanderen ~ Flandre ~ Flandern | 3500 | 11 | nl
Mechelen ~ Malines ~ Mecheln | | Vlaanderen ~ Flandre ~ Flandern | 2800 | 15 | nl
Kortrijk ~ Courtrai ~ Kortrijk | | Vlaanderen ~ Flandre ~ Flandern | 8500 | 56 | nl
Oostende ~ Ostende ~ Ostende | | Vlaanderen ~ Flandre ~ Flandern | 8400 | 59 | nl
Aalst ~ Alost ~ Aalst | | Vlaanderen ~ Flandre ~ Flandern | 9300 | 53 | nl
Namen ~ Namur ~ Namur | | Wallonië ~ Wallonie ~ Wallonien | 5000 | 81 | fr
Luik ~ Liège ~ Lüttich | | Wallonië ~ Wallonie ~ Wallonien | 40#0 | 4 | fr
Charleroi | | Wallonië ~ Wallonie ~ Wallonien | 60#0 | 71 | fr
Bergen ~ Mons ~ Mons | | Wallonië ~ Wallonie ~ Wallonien | 7000 | 65 | fr
Waver ~ Wavre ~ Wavre | | Wallonië ~ Wallonie ~ Wallonien | 1300 | 10 | fr
Aarlen ~ Arlon ~ Arel | | Wallonië ~ Wallonie ~ Wallonien | 6700 | 63 | fr
Doornik ~ Tournai ~ Tournai | | Wallonië ~ Wallonie ~ Wallonien | 7500 | 69 | fr
Verviers | | Wallonië ~ Wallonie ~ Wallonien | 4800 | 87 | fr
Eupen | | Wallonië ~ Wallonie ~ Wallonien | 4700 | 87 | de fr
Sankt Vith ~ Saint-Vith ~ Sankt Vith | | Wallonië ~ Wallonie ~ Wallonien | 4780 | 80 | de

Sint-Niklaas ~ Saint-Nicolas ~ Sankt Niklas | | Vlaanderen ~ Flandre ~ Flandern | 9100 | 3 | nl
Genk | | Vlaanderen ~ Flandre ~ Flandern | 3600 | 89 | nl
Roeselare ~ Roulers ~ Roeselare | | Vlaanderen ~ Flandre ~ Flandern | 8800 | 51 | nl
Turnhout | | Vlaanderen ~ Flandre ~ Flandern | 2300 | 14 | nl
Dendermonde ~ Termonde ~ Dendermonde | | Vlaanderen ~ Flandre ~ Flandern | 9200 | 52 | nl
Ieper ~ Ypres ~ Ypern | | Vlaanderen ~ Flandre ~ Flandern | 8900 | 57 | nl
Tienen ~ Tirlemont ~ Tienen | | Vlaanderen ~ Flandre ~ Flandern | 3300 | 16 | nl
La Louvière | | Wallonië ~ Wallonie ~ Wallonien | 7100 | 64 | fr
Seraing | | Wallonië ~ Wallonie ~ Wallonien | 4100 | 4 | fr
Moeskroen ~ Mouscron ~ Mouscron | | Wallonië ~ Wallonie ~ Wallonien | 7700 | 56 | fr
Nijvel ~ Nivelles ~ Nivelles | | Wallonië ~ Wallonie ~ Wallonien | 1400 | 67 | fr
Hoei ~ Huy ~ Huy | | Wallonië ~ Wallonie ~ Wallonien | 4500 | 85 | fr
Marche-en-Famenne | | Wallonië ~ Wallonie ~ Wallonien | 6900 | 84 | fr
Dinant | | Wallonië ~ Wallonie ~ Wallonien | 5500 | 82 | fr
Bastenaken ~ Bastogne ~ Bastogne | | Wallonië ~ Wallonie ~ Wallonien | 6600 | 61 | fr
[BG] tld=bg w=402 names=bg extra=de,fr phone=+359 nsn=8 grp=a,* limic=pq,services
София | | София-град | 1### | 2
Пловдив | | Пловдив | 40## | 32
Варна | | Варна | 90## | 52
Бургас | | Бургас | 80## | 56
Русе | | Русе | 70## | 82
Стара Загора | | Стара Загора | 60## | 42
Плевен | | Плевен | 58## | 64
Сливен | | Сливен | 88## | 44
Добрич | | Добрич | 93## | 58
Шумен | | Шумен | 97## | 54
Перник | | Перник | 23## | 76
Хасково | | Хасково | 63## | 38
Благоевград | | Благоевград | 27## | 73
Велико Търново | | Велико Търново | 50## | 62
Враца | | Враца | 30## | 92
Габрово | | Габрово | 53## | 66
Видин | | Видин | 37## | 94
Кърджали | | Кърджали | 66## | 361
Смолян | | Смолян | 47## | 301
Ямбол | | Ямбол | 86## | 46

[CY] tld=cy w=95 names=el extra=en phone=+357 nsn=8 grp=a,3,*
Λευκωσία | Λευκωσίας | Λευκωσία | 10## | 22
Λεμεσός | Λεμεσού | Λεμεσός | 30## | 25
Λάρνακα | Λάρνακας | Λάρνακα | 60## | 24
Πάφος | Πάφου | Πάφος | 80## | 26
Παραλίμνι | Παραλιμνίου | Αμμόχωστος | 52## | 23
Στρόβολος | Στροβόλου | Λευκωσία | 20## | 22
Λακατάμια | Λακατάμιας | Λευκωσία | 23## | 22
Αγία Νάπα | Αγίας Νάπας | Αμμόχωστος | 53## | 23
Πόλις Χρυσοχούς | Πόλεως Χρυσοχούς | Πάφος | 88## | 26

[CZ] tld=cz w=600 names=cs extra=de,sk phone=+420 nsn=9 grp=3,3,* limic=pq,services,posting
Praha | v Praze | Hlavní město Praha | 1## 00 | 2
Brno | v Brně | Jihomoravský kraj | 6## 00 | 54
Ostrava | v Ostravě | Moravskoslezský kraj | 7## 00 | 59
Plzeň | v Plzni | Plzeňský kraj | 3## 00 | 37
Liberec | v Liberci | Liberecký kraj | 460 0# | 48
Olomouc | v Olomouci | Olomoucký kraj | 779 00 | 58
České Budějovice | v Českých Budějovicích | Jihočeský kraj | 370 0# | 38
Hradec Králové | v Hradci Králové | Královéhradecký kraj | 500 0# | 49
Ústí nad Labem | v Ústí nad Labem | Ústecký kraj | 400 0# | 47
Pardubice | v Pardubicích | Pardubický kraj | 530 0# | 46
Zlín | ve Zlíně | Zlínský kraj | 760 0# | 57
Jihlava | v Jihlavě | Kraj Vysočina | 586 0# | 56
Karlovy Vary | v Karlových Varech | Karlovarský kraj | 360 0# | 35
Kladno | v Kladně | Středočeský kraj | 272 0# | 31
Opava | v Opavě | Moravskoslezský kraj | 746 0# | 55
Frýdek-Místek | ve Frýdku-Místku | Moravskoslezský kraj | 738 0# | 55
Teplice | v Teplicích | Ústecký kraj | 415 0# | 41
Tábor | v Táboře | Jihočeský kraj | 390 0# | 38

Most | v Mostě | Ústecký kraj | 434 0# | 47
Karviná | v Karviné | Moravskoslezský kraj | 733 0# | 59
Chomutov | v Chomutově | Ústecký kraj | 430 0# | 47
Přerov | v Přerově | Olomoucký kraj | 750 0# | 58
Mladá Boleslav | v Mladé Boleslavi | Středočeský kraj | 293 0# | 32
Třebíč | v Třebíči | Kraj Vysočina | 674 0# | 56
Znojmo | ve Znojmě | Jihomoravský kraj | 669 0# | 51
Kolín | v Kolíně | Středočeský kraj | 280 0# | 32
Písek | v Písku | Jihočeský kraj | 397 0# | 38
Cheb | v Chebu | Karlovarský kraj | 350 0# | 35
[DE] tld=de w=2787 names=de extra=fr phone=+49 nsn=10 grp=a,* limic=pq,services,posting,patients,road sdimic=1
Berlin | | Berlin | 10### | 30
Hamburg | | Hamburg | 20### | 40
München | | Bayern | 80### | 89
Nürnberg | | Bayern | 90### | 911
Düsseldorf | | Nordrhein-Westfalen | 40### | 211
Köln | | Nordrhein-Westfalen | 50### | 221
Dortmund | | Nordrhein-Westfalen | 44### | 231
Wiesbaden | | Hessen | 65### | 611
Frankfurt am Main | | Hessen | 60### | 69
Stuttgart | | Baden-Württemberg | 70### | 711
Karlsruhe | | Baden-Württemberg | 76### | 721
Freiburg im Breisgau | | Baden-Württemberg | 79### | 761
Hannover | | Niedersachsen | 30### | 511
Braunschweig | | Niedersachsen | 38### | 531
Bremen | | Bremen | 28### | 421
Dresden | | Sachsen | 01### | 351
Leipzig | | Sachsen | 04### | 341
Erfurt | | Thüringen | 99### | 361
Magdeburg | | Sachsen-Anhalt | 39### | 391
Halle (Saale) | | Sachsen-Anhalt | 06### | 345
Potsdam | | Brandenburg | 14### | 331
Schwerin | | Mecklenburg-Vorpommern | 19### | 385
Rostock | | Mecklenburg-Vorpommern | 18### | 381
Kiel | | Schleswig-Holstein | 24### | 431
Lübeck | | Schleswig-Holstein | 23### | 451
Mainz | | Rheinland-Pfalz | 55### | 6131
Saarbrücken | | Saarland | 66### | 681
Münster | | Nordrhein-Westfalen | 48### | 251
Würzburg | | Bayern | 97### | 931
Regensburg | | Bayern | 93### | 941
Augsburg | | Bayern | 86### | 821
Bielefeld | | Nordrhein-Westfalen | 33### | 521
Osnabrück | | Niedersachsen | 49### | 541
Kassel | | Hessen | 34### | 561
Chemnitz | | Sachsen | 09### | 371
Jena | | Thüringen | 07### | 3641
Trier | | Rheinland-Pfalz | 54### | 651
Ulm | | Baden-Württemberg | 89### | 731
Cottbus | | Brandenburg | 03### | 355
Oldenburg | | Niedersachsen | 26### | 441

Mannheim | | Baden-Württemberg | 68### | 621
Heidelberg | | Baden-Württemberg | 69### | 6221
Pforzheim | | Baden-Württemberg | 75### | 7231
Reutlingen | | Baden-Württemberg | 72### | 7121
Konstanz | | Baden-Württemberg | 78### | 7531
Bonn | | Nordrhein-Westfalen | 53### | 228
Essen | | Nordrhein-Westfalen | 45### | 201
Duisburg | | Nordrhein-Westfalen | 47### | 203
Bochum | | Nordrhein-Westfalen | 44### | 234
Wuppertal | | Nordrhein-Westfalen | 42### | 202
Aachen | | Nordrhein-Westfalen | 52### | 241
Gelsenkirchen | | Nordrhein-Westfalen | 45### | 209
Mönchengladbach | | Nordrhein-Westfalen | 41### | 2161
Krefeld | | Nordrhein-Westfalen | 47### | 2151
Darmstadt | | Hessen | 64### | 6151
Gießen | | Hessen | 35### | 641
Fulda | | Hessen | 36### | 661
Ingolstadt | | Bayern | 85### | 841
Erlangen | | Bayern | 91### | 9131
Bamberg | | Bayern | 96### | 951
Passau | | Bayern | 94### | 851
Bayreuth | | Bayern | 95### | 921
Göttingen | | Niedersachsen | 37### | 551
Wolfsburg | | Niedersachsen | 38### | 5361
Hildesheim | | Niedersachsen | 31### | 5121
Lüneburg | | Niedersachsen | 21### | 4131
Flensburg | | Schleswig-Holstein | 24### | 461
Neubrandenburg | | Mecklenburg-Vorpommern | 17### | 395
Greifswald | | Mecklenburg-Vorpommern | 17### | 3834
Frankfurt (Oder) | | Brandenburg | 15### | 335
Zwickau | | Sachsen | 08### | 375
Görlitz | | Sachsen | 02### | 3581
Gera | | Thüringen | 07### | 365
Weimar | | Thüringen | 99### | 3643
Dessau-Roßlau | | Sachsen-Anhalt | 06### | 340
Koblenz | | Rheinland-Pfalz | 56### | 261
Kaiserslautern | | Rheinland-Pfalz | 67### | 631
Ludwigshafen am Rhein | | Rheinland-Pfalz | 67### | 621
Bremerhaven | | Bremen | 27### | 471
[DK] tld=dk w=381 names=da extra=de,sv phone=+45 nsn=8 grp=2,2,2,* limic=pq,services
København | Københavns | Region Hovedstaden | 1### | 33
Aarhus | | Region Midtjylland | 8000 | 87
Odense | | Region Syddanmark | 5000 | 66
Aalborg | | Region Nordjylland | 9000 | 99
Roskilde | | Region Sjælland | 4000 | 46
Esbjerg | | Region Syddanmark | 6700 | 76
Randers | | Region Midtjylland | 8900 | 89
Kolding | | Region Syddanmark | 6000 | 79
Horsens | | Region Midtjylland | 8700 | 76
Vejle | | Region Syddanmark | 7100 | 76
Næstved | | Region Sjælland | 4700 | 55
Herning | | Region Midtjylland | 7400 | 96
Hillerød | | Region Hovedstaden | 3400 | 72
Silkeborg | | Region Midtjylland | 8600 | 89
Viborg | | Region Midtjylland | 8800 | 87
Frederiksberg | | Region Hovedstaden | 2000 | 38
Gentofte | | Region Hovedstaden | 2820 | 39
Helsingør | | Region Hovedstaden | 3000 | 49
Holbæk | | Region Sjælland | 4300 | 72
Slagelse | | Region Sjælland | 4200 | 58
Svendborg | | Region Syddanmark | 5700 | 62
Sønderborg | | Region Syddanmark | 6400 | 88
Fredericia | | Region Syddanmark | 7000 | 72
Holstebro | | Region Midtjylland | 7500 | 96
Hjørring | | Region Nordjylland | 9800 | 72
Frederikshavn | | Region Nordjylland | 9900 | 98

[EE] tld=ee w=127 names=et extra=fi,de phone=+372 nsn=7 grp=3,* limic=pq
Tallinn | Tallinna | Harju maakond | 1#### | 6
Tartu | Tartu | Tartu maakond | 50### | 7
Narva | Narva | Ida-Viru maakond | 20### | 35
Pärnu | Pärnu | Pärnu maakond | 80### | 44
Kohtla-Järve | Kohtla-Järve | Ida-Viru maakond | 30### | 33
Viljandi | Viljandi | Viljandi maakond | 71### | 43
Rakvere | Rakvere | Lääne-Viru maakond | 44### | 32
Kuressaare | Kuressaare | Saare maakond | 93### | 45
Haapsalu | Haapsalu | Lääne maakond | 90### | 47
Võru | Võru | Võru maakond | 65### | 78
Paide | Paide | Järva maakond | 72### | 38
Jõhvi | Jõhvi | Ida-Viru maakond | 41### | 33

Maardu | Maardu | Harju maakond | 74### | 6
Sillamäe | Sillamäe | Ida-Viru maakond | 40### | 39
Valga | Valga | Valga maakond | 68### | 76
Keila | Keila | Harju maakond | 76### | 6
Põlva | Põlva | Põlva maakond | 63### | 79
Rapla | Rapla | Rapla maakond | 79### | 48
Jõgeva | Jõgeva | Jõgeva maakond | 48### | 77
[ES] tld=es w=1841 names=es extra=fr phone=+34 nsn=9 grp=3,3,* limic=pq,services,posting,patients,road sdimic=1
Madrid | | Comunidad de Madrid | 280## | 91
Barcelona | | Cataluña | 080## | 93
Valencia | | Comunitat Valenciana | 460## | 96
Sevilla | | Andalucía | 410## | 954
Zaragoza | | Aragón | 500## | 976
Málaga | | Andalucía | 290## | 952
Murcia | | Región de Murcia | 300## | 968
Palma | | Illes Balears | 070## | 971
Las Palmas de Gran Canaria | | Canarias | 350## | 928
Vitoria-Gasteiz | | País Vasco | 010## | 945
Bilbao | | País Vasco | 480## | 94
Valladolid | | Castilla y León | 470## | 983
Oviedo | | Principado de Asturias | 330## | 985
Santander | | Cantabria | 390## | 942
Toledo | | Castilla-La Mancha | 450## | 925
Mérida | | Extremadura | 068## | 924
Santiago de Compostela | | Galicia | 157## | 981
A Coruña | | Galicia | 150## | 981
Logroño | | La Rioja | 260## | 941
Pamplona | | Comunidad Foral de Navarra | 310## | 948
Granada | | Andalucía | 180## | 958
Alicante | | Comunitat Valenciana | 030## | 965
Córdoba | | Andalucía | 140## | 957
Salamanca | | Castilla y León | 370## | 923
Santa Cruz de Tenerife | | Canarias | 380## | 922
Cáceres | | Extremadura | 100## | 927
Albacete | | Castilla-La Mancha | 020## | 967
Vigo | | Galicia | 362## | 986
Gijón | | Principado de Asturias | 332## | 985
San Sebastián | | País Vasco | 200## | 943
Cádiz | | Andalucía | 110## | 956
Burgos | | Castilla y León | 090## | 947
León | | Castilla y León | 240## | 987
Castellón de la Plana | | Comunitat Valenciana | 120## | 964
Girona | | Cataluña | 170## | 972
Tarragona | | Cataluña | 430## | 977

Huelva | | Andalucía | 210## | 959
Jaén | | Andalucía | 230## | 953
Almería | | Andalucía | 040## | 950
Jerez de la Frontera | | Andalucía | 114## | 956
Badajoz | | Extremadura | 060## | 924
Lugo | | Galicia | 270## | 982
Ourense | | Galicia | 320## | 988
Pontevedra | | Galicia | 360## | 986
Lleida | | Cataluña | 250## | 973
Huesca | | Aragón | 220## | 974
Teruel | | Aragón | 440## | 978
Soria | | Castilla y León | 420## | 975
Segovia | | Castilla y León | 400## | 921
Ávila | | Castilla y León | 050## | 920
Zamora | | Castilla y León | 490## | 980
Palencia | | Castilla y León | 340## | 979
Guadalajara | | Castilla-La Mancha | 190## | 949
Cuenca | | Castilla-La Mancha | 160## | 969
Ciudad Real | | Castilla-La Mancha | 130## | 926
Cartagena | | Región de Murcia | 302## | 968
Elche | | Comunitat Valenciana | 032## | 965
Ibiza | | Illes Balears | 078## | 971
Ceuta | | Ceuta | 510## | 956
Melilla | | Melilla | 520## | 952
[FI] tld=fi w=364 names=fi,sv extra=sv phone=+358 nsn=9 grp=a,4,* limic=pq,services
Helsinki ~ Helsingfors | Helsingin | Uusimaa ~ Nyland | 00##0 | 9 | fi sv
Espoo ~ Esbo | Espoon | Uusimaa ~ Nyland | 02##0 | 9 | fi sv
Vantaa ~ Vanda | Vantaan | Uusimaa ~ Nyland | 01##0 | 9 | fi sv
Tampere ~ Tammerfors | Tampereen | Pirkanmaa ~ Birkaland | 33##0 | 3 | fi
Turku ~ Åbo | Turun | Varsinais-Suomi ~ Egentliga Finland | 20##0 | 2 | fi sv
Oulu ~ Uleåborg | Oulun | Pohjois-Pohjanmaa ~ Norra Österbotten | 90##0 | 8 | fi
Jyväskylä | Jyväskylän | Keski-Suomi ~ Mellersta Finland | 40##0 | 14 | fi
Kuopio | Kuopion | Pohjois-Savo ~ Norra Savolax | 70##0 | 17 | fi
Lahti ~ Lahtis | Lahden | Päijät-Häme ~ Päijänne-Tavastland | 15##0 | 3 | fi
Pori ~ Björneborg | Porin | Satakunta | 28##0 | 2 | fi
Joensuu | Joensuun | Pohjois-Karjala ~ Norra Karelen | 80##0 | 13 | fi
Lappeenranta ~ Villmanstrand | Lappeenrannan | Etelä-Karjala ~ Södra Karelen | 53##0 | 5 | fi
Vaasa ~ Vasa | Vaasan | Pohjanmaa ~ Österbotten | 65##0 | 6 | fi sv
Rovaniemi | Rovaniemen | Lappi ~ Lappland | 96##0 | 16 | fi
Seinäjoki | Seinäjoen | Etelä-Pohjanmaa ~ Södra Österbotten | 60##0 | 6 | fi
Kokkola ~ Karleby | Kokkolan | Keski-Pohjanmaa ~ Mellersta Österbotten | 67##0 | 6 | fi sv
Hämeenlinna ~ Tavastehus | Hämeenlinnan | Kanta-Häme ~ Egentliga Tavastland | 13##0 | 3 | fi
Mikkeli ~ S:t Michel | Mikkelin | Etelä-Savo ~ Södra Savolax | 50##0 | 15 | fi
Kotka | Kotkan | Kymenlaakso ~ Kymmenedalen | 48##0 | 5 | fi
Kajaani ~ Kajana | Kajaanin | Kainuu ~ Kajanaland | 87##0 | 8 | fi
Porvoo ~ Borgå | Porvoon | Uusimaa ~ Nyland | 06##0 | 19 | fi sv
Maarianhamina ~ Mariehamn | Maarianhaminan | Ahvenanmaa ~ Åland | 22100 | 18 | sv

[FR] tld=fr w=2378 names=fr extra=de,es,it phone=+33 nsn=9 grp=a,2,2,2,* limic=pq,services,posting,patients,road
Paris | | Île-de-France | 750## | 1
Marseille | | Provence-Alpes-Côte d'Azur | 130## | 4
Lyon | | Auvergne-Rhône-Alpes | 6900# | 4
Toulouse | | Occitanie | 310## | 5
Nice | | Provence-Alpes-Côte d'Azur | 060## | 4
Nantes | | Pays de la Loire | 440## | 2
Strasbourg | | Grand Est | 670## | 3
Montpellier | | Occitanie | 340## | 4
Bordeaux | | Nouvelle-Aquitaine | 330## | 5
Lille | | Hauts-de-France | 590## | 3
Rennes | | Bretagne | 350## | 2
Reims | | Grand Est | 510## | 3
Dijon | | Bourgogne-Franche-Comté | 210## | 3
Orléans | | Centre-Val de Loire | 450## | 2
Rouen | | Normandie | 760## | 2
Caen | | Normandie | 140## | 2
Clermont-Ferrand | | Auvergne-Rhône-Alpes | 630## | 4
Grenoble | | Auvergne-Rhône-Alpes | 380## | 4
Limoges | | Nouvelle-Aquitaine | 870## | 5
Amiens | | Hauts-de-France | 800## | 3
Besançon | | Bourgogne-Franche-Comté | 250## | 3
Metz | | Grand Est | 570## | 3
Ajaccio | | Corse | 200## | 4
Tours | | Centre-Val de Loire | 370## | 2
Brest | | Bretagne | 290## | 2
Poitiers | | Nouvelle-Aquitaine | 860## | 5
Perpignan | | Occitanie | 660## | 4
Angers | | Pays de la Loire | 490## | 2
Nancy | | Grand Est | 540## | 3
Toulon | | Provence-Alpes-Côte d'Azur | 830## | 4
Saint-Étienne | | Auvergne-Rhône-Alpes | 420## | 4
Le Mans | | Pays de la Loire | 720## | 2
Avignon | | Provence-Alpes-Côte d'Azur | 840## | 4
Nîmes | | Occitanie | 300## | 4
Pau | | Nouvelle-Aquitaine | 640## | 5
La Rochelle | | Nouvelle-Aquitaine | 170## | 5
Mulhouse | | Grand Est | 681## | 3
Bastia | | Corse | 202## | 4

Le Havre | | Normandie | 766## | 2
Troyes | | Grand Est | 100## | 3
Valence | | Auvergne-Rhône-Alpes | 260## | 4
Annecy | | Auvergne-Rhône-Alpes | 740## | 4
Chambéry | | Auvergne-Rhône-Alpes | 730## | 4
Béziers | | Occitanie | 345## | 4
Montauban | | Occitanie | 820## | 5
Bayonne | | Nouvelle-Aquitaine | 641## | 5
Angoulême | | Nouvelle-Aquitaine | 160## | 5
Niort | | Nouvelle-Aquitaine | 790## | 5
Quimper | | Bretagne | 290## | 2
Vannes | | Bretagne | 560## | 2
Saint-Brieuc | | Bretagne | 220## | 2
Laval | | Pays de la Loire | 530## | 2
Évreux | | Normandie | 270## | 2
Blois | | Centre-Val de Loire | 410## | 2
Bourges | | Centre-Val de Loire | 180## | 2
Chartres | | Centre-Val de Loire | 280## | 2
Auxerre | | Bourgogne-Franche-Comté | 890## | 3
Mâcon | | Bourgogne-Franche-Comté | 710## | 3
Colmar | | Grand Est | 680## | 3
Charleville-Mézières | | Grand Est | 080## | 3
Arras | | Hauts-de-France | 620## | 3
Beauvais | | Hauts-de-France | 600## | 3
Calais | | Hauts-de-France | 621## | 3
Versailles | | Île-de-France | 780## | 1
Nanterre | | Île-de-France | 920## | 1
Créteil | | Île-de-France | 940## | 1
Bobigny | | Île-de-France | 930## | 1
Cergy | | Île-de-France | 950## | 1
Melun | | Île-de-France | 770## | 1
Gap | | Provence-Alpes-Côte d'Azur | 050## | 4
Carcassonne | | Occitanie | 110## | 4
Albi | | Occitanie | 810## | 5
Tarbes | | Occitanie | 650## | 5
Périgueux | | Nouvelle-Aquitaine | 240## | 5
Agen | | Nouvelle-Aquitaine | 470## | 5
Le Puy-en-Velay | | Auvergne-Rhône-Alpes | 430## | 4
Bourg-en-Bresse | | Auvergne-Rhône-Alpes | 010## | 4
Épinal | | Grand Est | 880## | 3
Châlons-en-Champagne | | Grand Est | 510## | 3
Alençon | | Normandie | 610## | 2
La Roche-sur-Yon | | Pays de la Loire | 850## | 2
Nevers | | Bourgogne-Franche-Comté | 580## | 3
Belfort | | Bourgogne-Franche-Comté | 900## | 3
Châteauroux | | Centre-Val de Loire | 360## | 2
Cahors | | Occitanie | 460## | 5
[GR] tld=gr w=579 names=el extra=de,fr phone=+30 nsn=10 grp=a,* limic=pq,services,posting
Αθήνα | Αθηνών | Αττική | 10# ## | 210
Θεσσαλονίκη | Θεσσαλονίκης | Κεντρική Μακεδονία | 54# ## | 2310
Πάτρα | Πατρών | Δυτική Ελλάδα | 26# ## | 2610
Ηράκλειο | Ηρακλείου | Κρήτη | 71# ## | 2810
Λάρισα | Λάρισας | Θεσσαλία | 41# ## | 2410
Βόλος | Βόλου | Θεσσαλία | 38# ## | 24210
Ιωάννινα | Ιωαννίνων | Ήπειρος | 45# ## | 26510
Πειραιάς | Πειραιά | Αττική | 18# ## | 210
Χανιά | Χανίων | Κρήτη | 73# ## | 28210
Καβάλα | Καβάλας | Ανατολική Μακεδονία και Θράκη | 65# ## | 2510
Κομοτηνή | Κομοτηνής | Ανατολική Μακεδονία και Θράκη | 69# ## | 25310
Ρόδος | Ρόδου | Νότιο Αιγαίο | 85# ## | 22410
Κέρκυρα | Κέρκυρας | Ιόνια Νησιά | 49# ## | 26610
Τρίπολη | Τρίπολης | Πελοπόννησος | 22# ## | 2710
Κοζάνη | Κοζάνης | Δυτική Μακεδονία | 50# ## | 24610
Λαμία | Λαμίας | Στερεά Ελλάδα | 35# ## | 22310
Μυτιλήνη | Μυτιλήνης | Βόρειο Αιγαίο | 81# ## | 22510
Σέρρες | Σερρών | Κεντρική Μακεδονία | 62# ## | 23210
Αλεξανδρούπολη | Αλεξανδρούπολης | Ανατολική Μακεδονία και Θράκη | 68# ## | 25510
Καλαμάτα | Καλαμάτας | Πελοπόννησος | 24# ## | 27210
Χαλκίδα | Χαλκίδας | Στερεά Ελλάδα | 34# ## | 22210
Άρτα | Άρτας | Ήπειρος | 47# ## | 26810

[HR] tld=hr w=275 names=hr extra=de,it phone=+385 nsn=8 grp=a,3,* limic=pq
Zagreb | u Zagrebu | Grad Zagreb | 10##0 | 1
Split | u Splitu | Splitsko-dalmatinska županija | 210#0 | 21
Rijeka | u Rijeci | Primorsko-goranska županija | 510#0 | 51
Osijek | u Osijeku | Osječko-baranjska županija | 310#0 | 31
Zadar | u Zadru | Zadarska županija | 23000 | 23
Pula | u Puli | Istarska županija | 52100 | 52
Slavonski Brod | u Slavonskom Brodu | Brodsko-posavska županija | 35000 | 35
Karlovac | u Karlovcu | Karlovačka županija | 47000 | 47
Varaždin | u Varaždinu | Varaždinska županija | 42000 | 42
Šibenik | u Šibeniku | Šibensko-kninska županija | 22000 | 22
Dubrovnik | u Dubrovniku | Dubrovačko-neretvanska županija | 20000 | 20
Sisak | u Sisku | Sisačko-moslavačka županija | 44000 | 44
Čakovec | u Čakovcu | Međimurska županija | 40000 | 40
Vukovar | u Vukovaru | Vukovarsko-srijemska županija | 32000 | 32
Bjelovar | u Bjelovaru | Bjelovarsko-bilogorska županija | 43000 | 43
Koprivnica | u Koprivnici | Koprivničko-križevačka županija | 48000 | 48

[HU] tld=hu w=545 names=hu extra=de phone=+36 nsn=8 grp=a,3,* limic=pq,services,posting
Budapest | Budapest Főváros | Pest | 1### | 1
Debrecen | Debrecen Megyei Jogú Város | Hajdú-Bihar | 40## | 52
Szeged | Szeged Megyei Jogú Város | Csongrád-Csanád | 67## | 62
Miskolc | Miskolc Megyei Jogú Város | Borsod-Abaúj-Zemplén | 35## | 46
Pécs | Pécs Megyei Jogú Város | Baranya | 76## | 72
Győr | Győr Megyei Jogú Város | Győr-Moson-Sopron | 90## | 96
Nyíregyháza | Nyíregyháza Megyei Jogú Város | Szabolcs-Szatmár-Bereg | 44## | 42
Kecskemét | Kecskemét Megyei Jogú Város | Bács-Kiskun | 60## | 76
Székesfehérvár | Székesfehérvár Megyei Jogú Város | Fejér | 80## | 22
Szombathely | Szombathely Megyei Jogú Város | Vas | 97## | 94
Szolnok | Szolnok Megyei Jogú Város | Jász-Nagykun-Szolnok | 50## | 56
Tatabánya | Tatabánya Megyei Jogú Város | Komárom-Esztergom | 28## | 34
Kaposvár | Kaposvár Megyei Jogú Város | Somogy | 74## | 82
Érd | Érd Megyei Jogú Város | Pest | 20## | 23
Veszprém | Veszprém Megyei Jogú Város | Veszprém | 82## | 88
Zalaegerszeg | Zalaegerszeg Megyei Jogú Város | Zala | 89## | 92
Eger | Eger Megyei Jogú Város | Heves | 33## | 36
Sopron | Sopron Megyei Jogú Város | Győr-Moson-Sopron | 94## | 99
Szekszárd | Szekszárd Megyei Jogú Város | Tolna | 71## | 74
Salgótarján | Salgótarján Megyei Jogú Város | Nógrád | 31## | 32
Békéscsaba | Békéscsaba Megyei Jogú Város | Békés | 56## | 66

[IE] tld=ie w=349 names=en,ga extra=fr phone=+353 nsn=8 grp=a,3,* limic=pq,services
Dublin ~ Baile Átha Cliath | Dublin City | Leinster ~ Laighin | D0# @#@# | 1 | en
Cork ~ Corcaigh | Cork City | Munster ~ An Mhumhain | T12 @#@# | 21 | en
Galway ~ Gaillimh | Galway City | Connacht ~ Connachta | H91 @#@# | 91 | en
Limerick ~ Luimneach | Limerick City and County | Munster ~ An Mhumhain | V94 @#@# | 61 | en
Waterford ~ Port Láirge | Waterford City and County | Munster ~ An Mhumhain | X91 @#@# | 51 | en
Kilkenny ~ Cill Chainnigh | Kilkenny County | Leinster ~ Laighin | R95 @#@# | 56 | en
Sligo ~ Sligeach | Sligo County | Connacht ~ Connachta | F91 @#@# | 71 | en
Athlone ~ Baile Átha Luain | Westmeath County | Leinster ~ Laighin | N37 @#@# | 90 | en
Drogheda ~ Droichead Átha | Louth County | Leinster ~ Laighin | A92 @#@# | 41 | en
Letterkenny ~ Leitir Ceanainn | Donegal County | Ulster ~ Cúige Uladh | F92 @#@# | 74 | en
Tralee ~ Trá Lí | Kerry County | Munster ~ An Mhumhain | V92 @#@# | 66 | en
Ennis ~ Inis | Clare County | Munster ~ An Mhumhain | V95 @#@# | 65 | en
Wexford ~ Loch Garman | Wexford County | Leinster ~ Laighin | Y35 @#@# | 53 | en

Naas ~ Nás na Rí | Kildare County | Leinster ~ Laighin | W91 @#@# | 45 | en
Navan ~ An Uaimh | Meath County | Leinster ~ Laighin | C15 @#@# | 46 | en
Carlow ~ Ceatharlach | Carlow County | Leinster ~ Laighin | R93 @#@# | 59 | en
Castlebar ~ Caisleán an Bharraigh | Mayo County | Connacht ~ Connachta | F23 @#@# | 94 | en
Mullingar ~ An Muileann gCearr | Westmeath County | Leinster ~ Laighin | N91 @#@# | 44 | en
Tullamore ~ Tulach Mhór | Offaly County | Leinster ~ Laighin | R35 @#@# | 57 | en
Portlaoise ~ Port Laoise | Laois County | Leinster ~ Laighin | R32 @#@# | 57 | en
Clonmel ~ Cluain Meala | Tipperary County | Munster ~ An Mhumhain | E91 @#@# | 52 | en
Longford ~ An Longfort | Longford County | Leinster ~ Laighin | N39 @#@# | 43 | en
Cavan ~ An Cabhán | Cavan County | Ulster ~ Cúige Uladh | H12 @#@# | 49 | en
Monaghan ~ Muineachán | Monaghan County | Ulster ~ Cúige Uladh | H18 @#@# | 47 | en
Roscommon ~ Ros Comáin | Roscommon County | Connacht ~ Connachta | F42 @#@# | 90 | en
Wicklow ~ Cill Mhantáin | Wicklow County | Leinster ~ Laighin | A67 @#@# | 404 | en
[IS] tld=is w=49 names=is extra=da phone=+354 nsn=7 grp=3,*
Reykjavík | Reykjavíkurborg | Höfuðborgarsvæðið | 10# | 5
Kópavogur | Kópavogsbær | Höfuðborgarsvæðið | 20# | 5
Hafnarfjörður | Hafnarfjarðarkaupstaður | Höfuðborgarsvæðið | 22# | 5
Akureyri | Akureyrarbær | Norðurland eystra | 60# | 46
Reykjanesbær | Reykjanesbær | Suðurnes | 23# | 42
Garðabær | Garðabær | Höfuðborgarsvæðið | 210 | 5
Mosfellsbær | Mosfellsbær | Höfuðborgarsvæðið | 270 | 5
Selfoss | Sveitarfélagið Árborg | Suðurland | 800 | 48
Akranes | Akraneskaupstaður | Vesturland | 300 | 43
Ísafjörður | Ísafjarðarbær | Vestfirðir | 400 | 45
Egilsstaðir | Múlaþing | Austurland | 700 | 47
Vestmannaeyjar | Vestmannaeyjabær | Suðurland | 900 | 48

[IT] tld=it w=2129 names=it extra=de,fr phone=+39 nsn=10 grp=a,* limic=pq,services,posting,patients,road sdimic=1
Roma | | Lazio | 001## | 06
Milano | | Lombardia | 201## | 02
Napoli | | Campania | 801## | 081
Torino | | Piemonte | 101## | 011
Palermo | | Sicilia | 901## | 091
Genova | | Liguria | 161## | 010
Bologna | | Emilia-Romagna | 401## | 051
Firenze | | Toscana | 501## | 055
Bari | | Puglia | 701## | 080
Venezia | | Veneto | 301## | 041
Trieste | | Friuli-Venezia Giulia | 341## | 040
Cagliari | | Sardegna | 091## | 070
Perugia | | Umbria | 061## | 075
Ancona | | Marche | 601## | 071
L'Aquila | | Abruzzo | 67100 | 0862
Campobasso | | Molise | 86100 | 0874
Potenza | | Basilicata | 85100 | 0971
Catanzaro | | Calabria | 88100 | 0961
Aosta | | Valle d'Aosta | 11100 | 0165
Trento | | Trentino-Alto Adige | 381## | 0461
Verona | | Veneto | 371## | 045
Catania | | Sicilia | 951## | 095
Padova | | Veneto | 351## | 049
Brescia | | Lombardia | 251## | 030
Bergamo | | Lombardia | 241## | 035
Salerno | | Campania | 841## | 089
Pescara | | Abruzzo | 651## | 085
Reggio Calabria | | Calabria | 891## | 0965
Parma | | Emilia-Romagna | 431## | 0521
Modena | | Emilia-Romagna | 411## | 059
Livorno | | Toscana | 571## | 0586
Pisa | | Toscana | 561## | 050
Lecce | | Puglia | 731## | 0832
Sassari | | Sardegna | 071## | 079
Messina | | Sicilia | 981## | 090
Bolzano | | Trentino-Alto Adige | 391## | 0471
Udine | | Friuli-Venezia Giulia | 331## | 0432
Como | | Lombardia | 221## | 031

Monza | | Lombardia | 209## | 039
Varese | | Lombardia | 211## | 0332
Pavia | | Lombardia | 271## | 0382
Cremona | | Lombardia | 261## | 0372
Mantova | | Lombardia | 461## | 0376
Lecco | | Lombardia | 239## | 0341
Novara | | Piemonte | 281## | 0321
Alessandria | | Piemonte | 151## | 0131
Asti | | Piemonte | 141## | 0141
Cuneo | | Piemonte | 121## | 0171
Vicenza | | Veneto | 361## | 0444
Treviso | | Veneto | 311## | 0422
Rovigo | | Veneto | 451## | 0425
Belluno | | Veneto | 321## | 0437
Ferrara | | Emilia-Romagna | 441## | 0532
Ravenna | | Emilia-Romagna | 481## | 0544
Rimini | | Emilia-Romagna | 479## | 0541
Piacenza | | Emilia-Romagna | 291## | 0523
Reggio Emilia | | Emilia-Romagna | 421## | 0522
Lucca | | Toscana | 551## | 0583
Arezzo | | Toscana | 521## | 0575
Siena | | Toscana | 531## | 0577
Prato | | Toscana | 591## | 0574
Grosseto | | Toscana | 581## | 0564
Terni | | Umbria | 051## | 0744
Pesaro | | Marche | 611## | 0721
Macerata | | Marche | 621## | 0733
Foggia | | Puglia | 711## | 0881
Taranto | | Puglia | 741## | 099
Brindisi | | Puglia | 721## | 0831
Caserta | | Campania | 811## | 0823
Avellino | | Campania | 831## | 0825
Benevento | | Campania | 821## | 0824
Cosenza | | Calabria | 871## | 0984
Siracusa | | Sicilia | 961## | 0931
Agrigento | | Sicilia | 921## | 0922
Trapani | | Sicilia | 911## | 0923
Ragusa | | Sicilia | 971## | 0932
Latina | | Lazio | 041## | 0773
Frosinone | | Lazio | 031## | 0775
Viterbo | | Lazio | 011## | 0761
Teramo | | Abruzzo | 641## | 0861
Chieti | | Abruzzo | 661## | 0871
Matera | | Basilicata | 751## | 0835
Nuoro | | Sardegna | 081## | 0784
La Spezia | | Liguria | 191## | 0187
Savona | | Liguria | 171## | 019
Pordenone | | Friuli-Venezia Giulia | 331## | 0434
Isernia | | Molise | 861## | 0865
[LI] tld=li w=9 names=de extra=fr,it phone=+423 nsn=7 grp=3,2,*
Vaduz | | Oberland | 9490 | 23
Schaan | | Oberland | 9494 | 23
Balzers | | Oberland | 9496 | 38
Triesen | | Oberland | 9495 | 39
Eschen | | Unterland | 9492 | 37
Mauren | | Unterland | 9493 | 37
Triesenberg | | Oberland | 9497 | 26
Ruggell | | Unterland | 9491 | 37

[LT] tld=lt w=220 names=lt extra=pl,de phone=+370 nsn=8 grp=a,* limic=pq
Vilnius | Vilniaus | Vilniaus apskritis | LT-0#### | 5
Kaunas | Kauno | Kauno apskritis | LT-4#### | 37
Klaipėda | Klaipėdos | Klaipėdos apskritis | LT-9#### | 46
Šiauliai | Šiaulių | Šiaulių apskritis | LT-7#### | 41
Panevėžys | Panevėžio | Panevėžio apskritis | LT-3#### | 45
Alytus | Alytaus | Alytaus apskritis | LT-6#### | 315
Marijampolė | Marijampolės | Marijampolės apskritis | LT-68### | 343
Mažeikiai | Mažeikių | Telšių apskritis | LT-89### | 443
Jonava | Jonavos | Kauno apskritis | LT-55### | 349
Utena | Utenos | Utenos apskritis | LT-28### | 389
Telšiai | Telšių | Telšių apskritis | LT-87### | 444
Tauragė | Tauragės | Tauragės apskritis | LT-72### | 446

Druskininkai | Druskininkų | Alytaus apskritis | LT-66### | 313
Palanga | Palangos | Klaipėdos apskritis | LT-00### | 460
Kėdainiai | Kėdainių | Kauno apskritis | LT-57### | 347
Visaginas | Visagino | Utenos apskritis | LT-31### | 386
Plungė | Plungės | Telšių apskritis | LT-90### | 448
Raseiniai | Raseinių | Kauno apskritis | LT-60### | 428
[LU] tld=lu w=73 names=fr,de extra=de,fr phone=+352 nsn=8 grp=2,2,2,*
Luxembourg ~ Luxemburg | | Centre ~ Zentrum | L-1### | 2 | fr de
Esch-sur-Alzette ~ Esch an der Alzette | | Sud ~ Süden | L-4### | 5 | fr de
Differdange ~ Differdingen | | Sud ~ Süden | L-45## | 58 | fr de
Dudelange ~ Düdelingen | | Sud ~ Süden | L-34## | 51 | fr de
Ettelbruck ~ Ettelbrück | | Nord ~ Norden | L-90## | 81 | fr de
Diekirch | | Nord ~ Norden | L-92## | 80 | fr de
Wiltz | | Nord ~ Norden | L-95## | 95 | fr de
Echternach | | Est ~ Osten | L-64## | 72 | fr de
Grevenmacher | | Est ~ Osten | L-67## | 75 | fr de
Mersch | | Centre ~ Zentrum | L-75## | 32 | fr de
Remich | | Est ~ Osten | L-55## | 23 | fr de
Strassen | | Centre ~ Zentrum | L-80## | 31 | fr de

[LV] tld=lv w=161 names=lv extra=de phone=+371 nsn=8 grp=2,3,* limic=pq
Rīga | Rīgas | Rīga | LV-10## | 67
Daugavpils | Daugavpils | Latgale | LV-54## | 654
Liepāja | Liepājas | Kurzeme | LV-34## | 634
Jelgava | Jelgavas | Zemgale | LV-30## | 630
Jūrmala | Jūrmalas | Pierīga | LV-20## | 677
Ventspils | Ventspils | Kurzeme | LV-36## | 636
Rēzekne | Rēzeknes | Latgale | LV-46## | 646
Valmiera | Valmieras | Vidzeme | LV-42## | 642
Jēkabpils | Jēkabpils | Zemgale | LV-52## | 652
Ogre | Ogres | Pierīga | LV-50## | 650
Cēsis | Cēsu | Vidzeme | LV-41## | 641
Tukums | Tukuma | Kurzeme | LV-31## | 631

Salaspils | Salaspils | Pierīga | LV-21## | 67
Sigulda | Siguldas | Vidzeme | LV-21## | 679
Kuldīga | Kuldīgas | Kurzeme | LV-33## | 633
Talsi | Talsu | Kurzeme | LV-32## | 632
Bauska | Bauskas | Zemgale | LV-39## | 639
Dobele | Dobeles | Zemgale | LV-37## | 637
Alūksne | Alūksnes | Vidzeme | LV-43## | 643
Ludza | Ludzas | Latgale | LV-57## | 657
Krāslava | Krāslavas | Latgale | LV-56## | 656
[MT] tld=mt w=63 names=mt,en extra=it phone=+356 nsn=8 grp=4,*
Il-Belt Valletta ~ Valletta | | Malta | VLT #### | 21 | mt en
Birkirkara | | Malta | BKR #### | 21 | mt en
Il-Mosta ~ Mosta | | Malta | MST #### | 21 | mt en
Ħal Qormi ~ Qormi | | Malta | QRM #### | 21 | mt en
Ħaż-Żabbar ~ Zabbar | | Malta | ZBR #### | 21 | mt en
San Ġwann ~ San Gwann | | Malta | SGN #### | 21 | mt en
Tas-Sliema ~ Sliema | | Malta | SLM #### | 21 | mt en
In-Naxxar ~ Naxxar | | Malta | NXR #### | 21 | mt en
Il-Furjana ~ Floriana | | Malta | FRN #### | 21 | mt en
Ir-Rabat ~ Rabat | | Malta | RBT #### | 21 | mt en
Raħal Ġdid ~ Paola | | Malta | PLA #### | 21 | mt en
Marsaskala | | Malta | MSK #### | 21 | mt en
Ir-Rabat, Għawdex ~ Victoria, Gozo | | Għawdex ~ Gozo | VCT #### | 21 | mt en

[NL] tld=nl w=870 names=nl extra=de,fr phone=+31 nsn=9 grp=a,* limic=pq,services,posting
Amsterdam | | Noord-Holland | 10## @@ | 20
Rotterdam | | Zuid-Holland | 30## @@ | 10
Den Haag | | Zuid-Holland | 25## @@ | 70
Utrecht | | Utrecht | 35## @@ | 30
Eindhoven | | Noord-Brabant | 56## @@ | 40
Groningen | | Groningen | 97## @@ | 50
Tilburg | | Noord-Brabant | 50## @@ | 13
Almere | | Flevoland | 13## @@ | 36
Breda | | Noord-Brabant | 48## @@ | 76
Nijmegen | | Gelderland | 65## @@ | 24
Arnhem | | Gelderland | 68## @@ | 26
Haarlem | | Noord-Holland | 20## @@ | 23
Zwolle | | Overijssel | 80## @@ | 38
Enschede | | Overijssel | 75## @@ | 53
Maastricht | | Limburg | 62## @@ | 43
Leeuwarden | | Friesland | 89## @@ | 58
Assen | | Drenthe | 94## @@ | 592
Middelburg | | Zeeland | 43## @@ | 118
Lelystad | | Flevoland | 82## @@ | 320
's-Hertogenbosch | | Noord-Brabant | 52## @@ | 73
Leiden | | Zuid-Holland | 23## @@ | 71
Apeldoorn | | Gelderland | 73## @@ | 55
Amersfoort | | Utrecht | 38## @@ | 33
Dordrecht | | Zuid-Holland | 33## @@ | 78
Venlo | | Limburg | 59## @@ | 77
Deventer | | Overijssel | 74## @@ | 570

Zaandam | | Noord-Holland | 15## @@ | 75
Hilversum | | Noord-Holland | 12## @@ | 35
Alkmaar | | Noord-Holland | 18## @@ | 72
Hoorn | | Noord-Holland | 16## @@ | 229
Delft | | Zuid-Holland | 26## @@ | 15
Zoetermeer | | Zuid-Holland | 27## @@ | 79
Gouda | | Zuid-Holland | 28## @@ | 182
Emmen | | Drenthe | 78## @@ | 591
Heerlen | | Limburg | 64## @@ | 45
Roermond | | Limburg | 60## @@ | 475
Oss | | Noord-Brabant | 53## @@ | 412
Helmond | | Noord-Brabant | 57## @@ | 492
Roosendaal | | Noord-Brabant | 47## @@ | 165
Ede | | Gelderland | 67## @@ | 318
Doetinchem | | Gelderland | 70## @@ | 314
Hengelo | | Overijssel | 75## @@ | 74
Vlissingen | | Zeeland | 43## @@ | 118
[NO] tld=no w=362 names=nb extra=sv,da phone=+47 nsn=8 grp=2,2,2,* limic=pq,services
Oslo | | Oslo | 01## | 22
Bergen | | Vestland | 50## | 55
Trondheim | | Trøndelag | 70## | 73
Stavanger | | Rogaland | 40## | 51
Kristiansand | | Agder | 46## | 38
Tromsø | | Troms | 90## | 77
Drammen | | Buskerud | 30## | 32
Fredrikstad | | Østfold | 16## | 69
Bodø | | Nordland | 80## | 75
Ålesund | | Møre og Romsdal | 60## | 70
Lillehammer | | Innlandet | 26## | 61
Tønsberg | | Vestfold | 31## | 33
Skien | | Telemark | 37## | 35
Hamar | | Innlandet | 23## | 62
Molde | | Møre og Romsdal | 64## | 71
Alta | | Finnmark | 95## | 78
Haugesund | | Rogaland | 55## | 52
Arendal | | Agder | 48## | 37
Lillestrøm | | Akershus | 20## | 63
Sandvika | | Akershus | 13## | 67

[PL] tld=pl w=1491 names=pl extra=de phone=+48 nsn=9 grp=a,3,2,* limic=pq,services,posting,patients,road
Warszawa | w Warszawie | Mazowieckie | 00-### | 22
Kraków | w Krakowie | Małopolskie | 3#-### | 12
Łódź | w Łodzi | Łódzkie | 9#-### | 42
Wrocław | we Wrocławiu | Dolnośląskie | 5#-### | 71
Poznań | w Poznaniu | Wielkopolskie | 6#-### | 61
Gdańsk | w Gdańsku | Pomorskie | 80-### | 58
Szczecin | w Szczecinie | Zachodniopomorskie | 70-### | 91
Bydgoszcz | w Bydgoszczy | Kujawsko-pomorskie | 85-### | 52
Lublin | w Lublinie | Lubelskie | 20-### | 81
Białystok | w Białymstoku | Podlaskie | 15-### | 85
Katowice | w Katowicach | Śląskie | 40-### | 32
Rzeszów | w Rzeszowie | Podkarpackie | 35-### | 17
Kielce | w Kielcach | Świętokrzyskie | 25-### | 41
Olsztyn | w Olsztynie | Warmińsko-mazurskie | 10-### | 89
Opole | w Opolu | Opolskie | 45-### | 77
Zielona Góra | w Zielonej Górze | Lubuskie | 65-### | 68
Gorzów Wielkopolski | w Gorzowie Wielkopolskim | Lubuskie | 66-### | 95
Toruń | w Toruniu | Kujawsko-pomorskie | 87-### | 56
Gdynia | w Gdyni | Pomorskie | 81-### | 58
Częstochowa | w Częstochowie | Śląskie | 42-### | 34
Radom | w Radomiu | Mazowieckie | 26-### | 48
Płock | w Płocku | Mazowieckie | 09-### | 24
Tarnów | w Tarnowie | Małopolskie | 33-### | 14
Elbląg | w Elblągu | Warmińsko-mazurskie | 82-### | 55
Koszalin | w Koszalinie | Zachodniopomorskie | 75-### | 94
Gliwice | w Gliwicach | Śląskie | 44-### | 32
Kalisz | w Kaliszu | Wielkopolskie | 62-### | 62
Legnica | w Legnicy | Dolnośląskie | 59-### | 76
Siedlce | w Siedlcach | Mazowieckie | 08-### | 25
Nowy Sącz | w Nowym Sączu | Małopolskie | 33-### | 18

Bielsko-Biała | w Bielsku-Białej | Śląskie | 43-3## | 33
Zabrze | w Zabrzu | Śląskie | 41-8## | 32
Bytom | w Bytomiu | Śląskie | 41-9## | 32
Sosnowiec | w Sosnowcu | Śląskie | 41-2## | 32
Rybnik | w Rybniku | Śląskie | 44-2## | 32
Tychy | w Tychach | Śląskie | 43-1## | 32
Włocławek | we Włocławku | Kujawsko-pomorskie | 87-8## | 54
Grudziądz | w Grudziądzu | Kujawsko-pomorskie | 86-3## | 56
Słupsk | w Słupsku | Pomorskie | 76-2## | 59
Piła | w Pile | Wielkopolskie | 64-9## | 67
Konin | w Koninie | Wielkopolskie | 62-5## | 63
Leszno | w Lesznie | Wielkopolskie | 64-1## | 65
Jelenia Góra | w Jeleniej Górze | Dolnośląskie | 58-5## | 75
Wałbrzych | w Wałbrzychu | Dolnośląskie | 58-3## | 74
Przemyśl | w Przemyślu | Podkarpackie | 37-7## | 16
Krosno | w Krośnie | Podkarpackie | 38-4## | 13
Tarnobrzeg | w Tarnobrzegu | Podkarpackie | 39-4## | 15
Zamość | w Zamościu | Lubelskie | 22-4## | 84
Chełm | w Chełmie | Lubelskie | 22-1## | 82
Biała Podlaska | w Białej Podlaskiej | Lubelskie | 21-5## | 83
Łomża | w Łomży | Podlaskie | 18-4## | 86
Suwałki | w Suwałkach | Podlaskie | 16-4## | 87
Ostrołęka | w Ostrołęce | Mazowieckie | 07-4## | 29
Piotrków Trybunalski | w Piotrkowie Trybunalskim | Łódzkie | 97-3## | 44
Skierniewice | w Skierniewicach | Łódzkie | 96-1## | 46
Sieradz | w Sieradzu | Łódzkie | 98-2## | 43
Ostrowiec Świętokrzyski | w Ostrowcu Świętokrzyskim | Świętokrzyskie | 27-4## | 41
[PT] tld=pt w=587 names=pt extra=es,fr phone=+351 nsn=9 grp=3,3,* limic=pq,services,posting
Lisboa | de Lisboa | Área Metropolitana de Lisboa | 1###-### | 21
Porto | do Porto | Norte | 4###-### | 22
Braga | de Braga | Norte | 47##-### | 253
Coimbra | de Coimbra | Centro | 30##-### | 239
Aveiro | de Aveiro | Centro | 38##-### | 234
Faro | de Faro | Algarve | 80##-### | 289
Évora | de Évora | Alentejo | 70##-### | 266
Setúbal | de Setúbal | Área Metropolitana de Lisboa | 29##-### | 265
Funchal | do Funchal | Região Autónoma da Madeira | 90##-### | 291
Ponta Delgada | de Ponta Delgada | Região Autónoma dos Açores | 95##-### | 296
Viseu | de Viseu | Centro | 35##-### | 232
Leiria | de Leiria | Centro | 24##-### | 244
Guimarães | de Guimarães | Norte | 48##-### | 253
Vila Real | de Vila Real | Norte | 50##-### | 259
Santarém | de Santarém | Centro | 20##-### | 243
Beja | de Beja | Alentejo | 78##-### | 284
Bragança | de Bragança | Norte | 53##-### | 273
Castelo Branco | de Castelo Branco | Centro | 60##-### | 272
Portalegre | de Portalegre | Alentejo | 73##-### | 245
Angra do Heroísmo | de Angra do Heroísmo | Região Autónoma dos Açores | 97##-### | 295

Amadora | da Amadora | Área Metropolitana de Lisboa | 27##-### | 21
Sintra | de Sintra | Área Metropolitana de Lisboa | 27##-### | 21
Cascais | de Cascais | Área Metropolitana de Lisboa | 27##-### | 21
Almada | de Almada | Área Metropolitana de Lisboa | 28##-### | 21
Matosinhos | de Matosinhos | Norte | 44##-### | 22
Vila Nova de Gaia | de Vila Nova de Gaia | Norte | 44##-### | 22
Viana do Castelo | de Viana do Castelo | Norte | 49##-### | 258
Covilhã | da Covilhã | Centro | 62##-### | 275
Figueira da Foz | da Figueira da Foz | Centro | 30##-### | 233
Portimão | de Portimão | Algarve | 85##-### | 282
Lagos | de Lagos | Algarve | 86##-### | 282
Elvas | de Elvas | Alentejo | 73##-### | 268
[RO] tld=ro w=910 names=ro extra=fr,hu phone=+40 nsn=9 grp=a,3,* limic=pq,services,posting
București | | București | 0##### | 21
Cluj-Napoca | | Cluj | 400### | 264
Timișoara | | Timiș | 300### | 256
Iași | | Iași | 700### | 232
Constanța | | Constanța | 900### | 241
Craiova | | Dolj | 200### | 251
Brașov | | Brașov | 500### | 268
Galați | | Galați | 800### | 236
Ploiești | | Prahova | 100### | 244
Oradea | | Bihor | 410### | 259
Brăila | | Brăila | 810### | 239
Arad | | Arad | 310### | 257
Pitești | | Argeș | 110### | 248
Sibiu | | Sibiu | 550### | 269
Bacău | | Bacău | 600### | 234
Târgu Mureș | | Mureș | 540### | 265
Baia Mare | | Maramureș | 430### | 262
Buzău | | Buzău | 120### | 238
Suceava | | Suceava | 720### | 230
Satu Mare | | Satu Mare | 440### | 261
Alba Iulia | | Alba | 510### | 258
Deva | | Hunedoara | 330### | 254
Târgu Jiu | | Gorj | 210### | 253
Piatra Neamț | | Neamț | 610### | 233
Focșani | | Vrancea | 620### | 237

[SE] tld=se w=585 names=sv extra=da,nb,fi phone=+46 nsn=9 grp=a,* limic=pq,services,posting
Stockholm | Stockholms stad | Stockholms län | 1## ## | 8
Göteborg | Göteborgs Stad | Västra Götalands län | 4## ## | 31
Malmö | Malmö stad | Skåne län | 21# ## | 40
Uppsala | Uppsala kommun | Uppsala län | 75# ## | 18
Linköping | Linköpings kommun | Östergötlands län | 58# ## | 13
Örebro | Örebro kommun | Örebro län | 70# ## | 19
Västerås | Västerås stad | Västmanlands län | 72# ## | 21
Helsingborg | Helsingborgs stad | Skåne län | 25# ## | 42
Norrköping | Norrköpings kommun | Östergötlands län | 60# ## | 11
Jönköping | Jönköpings kommun | Jönköpings län | 55# ## | 36
Umeå | Umeå kommun | Västerbottens län | 90# ## | 90
Lund | Lunds kommun | Skåne län | 22# ## | 46
Borås | Borås Stad | Västra Götalands län | 50# ## | 33
Sundsvall | Sundsvalls kommun | Västernorrlands län | 85# ## | 60
Gävle | Gävle kommun | Gävleborgs län | 80# ## | 26
Luleå | Luleå kommun | Norrbottens län | 97# ## | 920
Karlstad | Karlstads kommun | Värmlands län | 65# ## | 54
Växjö | Växjö kommun | Kronobergs län | 35# ## | 470
Halmstad | Halmstads kommun | Hallands län | 30# ## | 35
Kalmar | Kalmar kommun | Kalmar län | 39# ## | 480
Falun | Falu kommun | Dalarnas län | 79# ## | 23
Östersund | Östersunds kommun | Jämtlands län | 83# ## | 63
Visby | Region Gotland | Gotlands län | 62# ## | 498
Karlskrona | Karlskrona kommun | Blekinge län | 37# ## | 455
Nyköping | Nyköpings kommun | Södermanlands län | 61# ## | 155
Kiruna | Kiruna kommun | Norrbottens län | 98# ## | 980

Södertälje | Södertälje kommun | Stockholms län | 15# ## | 8
Eskilstuna | Eskilstuna kommun | Södermanlands län | 63# ## | 16
Trollhättan | Trollhättans stad | Västra Götalands län | 46# ## | 520
Skövde | Skövde kommun | Västra Götalands län | 54# ## | 500
Kristianstad | Kristianstads kommun | Skåne län | 29# ## | 44
Varberg | Varbergs kommun | Hallands län | 43# ## | 340
Uddevalla | Uddevalla kommun | Västra Götalands län | 45# ## | 522
Motala | Motala kommun | Östergötlands län | 59# ## | 141
Skellefteå | Skellefteå kommun | Västerbottens län | 93# ## | 910
Örnsköldsvik | Örnsköldsviks kommun | Västernorrlands län | 89# ## | 660
[SI] tld=si w=176 names=sl extra=de,hr,it phone=+386 nsn=8 grp=a,3,2,* limic=pq
Ljubljana | v Ljubljani | Osrednjeslovenska | 1000 | 1
Maribor | v Mariboru | Podravska | 2000 | 2
Celje | v Celju | Savinjska | 3000 | 3
Kranj | v Kranju | Gorenjska | 4000 | 4
Koper | v Kopru | Obalno-kraška | 6000 | 5
Velenje | v Velenju | Savinjska | 3320 | 3
Novo mesto | v Novem mestu | Jugovzhodna Slovenija | 8000 | 7
Ptuj | na Ptuju | Podravska | 2250 | 2
Nova Gorica | v Novi Gorici | Goriška | 5000 | 5
Murska Sobota | v Murski Soboti | Pomurska | 9000 | 2
Slovenj Gradec | v Slovenj Gradcu | Koroška | 2380 | 2
Krško | v Krškem | Posavska | 8270 | 7
Postojna | v Postojni | Primorsko-notranjska | 6230 | 5
Trbovlje | v Trbovljah | Zasavska | 1420 | 3

[SK] tld=sk w=356 names=sk extra=cs,hu,de phone=+421 nsn=9 grp=a,4,* limic=pq,services
Bratislava | v Bratislave | Bratislavský kraj | 811 0# | 2
Košice | v Košiciach | Košický kraj | 040 0# | 55
Prešov | v Prešove | Prešovský kraj | 080 0# | 51
Žilina | v Žiline | Žilinský kraj | 010 0# | 41
Banská Bystrica | v Banskej Bystrici | Banskobystrický kraj | 974 0# | 48
Nitra | v Nitre | Nitriansky kraj | 949 0# | 37
Trnava | v Trnave | Trnavský kraj | 917 0# | 33
Trenčín | v Trenčíne | Trenčiansky kraj | 911 0# | 32
Martin | v Martine | Žilinský kraj | 036 0# | 43
Poprad | v Poprade | Prešovský kraj | 058 0# | 52
Prievidza | v Prievidzi | Trenčiansky kraj | 971 0# | 46
Zvolen | vo Zvolene | Banskobystrický kraj | 960 0# | 45
Komárno | v Komárne | Nitriansky kraj | 945 0# | 35
Michalovce | v Michalovciach | Košický kraj | 071 0# | 56
Spišská Nová Ves | v Spišskej Novej Vsi | Košický kraj | 052 0# | 53
Lučenec | v Lučenci | Banskobystrický kraj | 984 0# | 47
)TABLE";
}

}  // namespace imi::directory_gen
