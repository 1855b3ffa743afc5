// How bodies are named in German, French, Dutch, Italian, Spanish, Portuguese,
// English, Irish and Maltese (see data_languages_east.cc, data_languages_north.cc
// for the others).
//
// Blocks: [lang] holds the language's wording; [lang/CC] the wording of one
// country where it differs (with @only, nothing falls back to [lang]).
// Rows:   concept | national name[#ACRONYM] | R:/L:regional or local template[#ACR] | keyword ; activity ; profession
//         "-" removes a name inherited from [lang]. R: regional, L: local.
// Special rows: nimic, sdimic ({region}), limic ({area}), helpdesk.
// @street | format with {s} and {n} | streets ; @email | mailboxes ; @branch | word for a branch office.
#include "tools/directory_gen/reference_data.h"

namespace imi::directory_gen {

std::vector<absl::string_view> LanguageTablesWest() {
  return {
R"TABLE(
[de]
@street | {s} {n} | Hauptstraße; Bahnhofstraße; Schillerstraße; Goethestraße; Lindenallee; Marktplatz; Kirchstraße; Friedrichstraße; Am Stadtpark; Ringstraße; Domplatz; Schlossstraße
@email | poststelle; info; kontakt
@branch | Außenstelle
nimic | Nationale IMI-Koordinierungsstelle
sdimic | IMI-Koordinierungsstelle {region}
limic | IMI-Koordinierungsstelle {area}
helpdesk | Nationaler IMI-Helpdesk
edu | Bundesministerium für Bildung#BMB | | Anerkennung von Lehrerqualifikationen ; Lehrtätigkeit ; Lehrer
eco | Bundesministerium für Wirtschaft | | Dienstleistungsrichtlinie ; Erbringung von Dienstleistungen ;
lab | Zentrales Arbeitsinspektorat | | Entsendemeldung ; Kontrolle der Arbeitsbedingungen ;
hea | Bundesministerium für Gesundheit#BMG | | grenzüberschreitende Gesundheitsversorgung ; Gesundheitsversorgung ;
soc | Verbindungsstelle Sozialversicherung | | Entsendebescheinigung A1 ; Koordinierung der sozialen Sicherheit ;
dpa | Datenschutzbehörde | | Datenschutz ; Datenschutzaufsicht ;
cpa | Verbraucherschutzbehörde | | Verbraucherschutz ; Durchsetzung des Verbraucherrechts ;
cul | Bundesamt für Kulturgüterschutz | | Kulturgüterschutz ; Rückgabe von Kulturgütern ;
int | Bundesministerium des Innern#BMI | | Waffenrecht ; Erteilung von Waffenerlaubnissen ;
tra | Bundesamt für Güterverkehr | | Güterkraftverkehr ; Zulassung zum Beruf des Kraftverkehrsunternehmers ;
rail | Eisenbahn-Bundesamt#EBA | | Triebfahrzeugführerschein ; Eisenbahnsicherheit ; Triebfahrzeugführer
mar | Bundesamt für Seeschifffahrt und Hydrographie#BSH | | Befähigungszeugnis ; Ausbildung von Seeleuten ; Seemann
sol | SOLVIT-Zentrum#SOLVIT | | SOLVIT ; Lösung von Binnenmarktproblemen ;
psc | Einheitlicher Ansprechpartner | | Einheitlicher Ansprechpartner ; elektronische Verfahrensabwicklung ;
jus | Bundesministerium der Justiz#BMJ | | Apostille ; öffentliche Urkunden ;
enic | Zentralstelle für ausländisches Bildungswesen#ZAB | | Anerkennung ausländischer Abschlüsse ; Bewertung von Bildungsnachweisen ;
med | Bundesärztekammer | R:Ärztekammer {region} | Ärztekammer ; ärztliche Berufsausübung ; Arzt
den | Bundeszahnärztekammer | R:Zahnärztekammer {region} | Zahnärztekammer ; zahnärztliche Berufsausübung ; Zahnarzt
pha | Bundesapothekerkammer | R:Apothekerkammer {region} | Apothekerkammer ; Betrieb von Apotheken ; Apotheker
arc | Bundesarchitektenkammer | R:Architektenkammer {region} | Architektenkammer ; Bauvorlageberechtigung ; Architekt
vet | Bundestierärztekammer | R:Tierärztekammer {region} | Tierärztekammer ; tierärztliche Berufsausübung ; Tierarzt
law | Bundesrechtsanwaltskammer#BRAK | L:Rechtsanwaltskammer {city} | Rechtsanwaltskammer ; Rechtsberatung ; Rechtsanwalt
not | Bundesnotarkammer | R:Notarkammer {region} | Notarkammer ; Beurkundung ; Notar
eng | Bundesingenieurkammer | R:Ingenieurkammer {region} | Ingenieurkammer ; Bauvorlageberechtigung ; Ingenieur
nur | | R:Landesamt für Gesundheit und Soziales {region} | Pflegeberufe ; Anerkennung von Pflegeausbildungen ; Pflegefachkraft
cci | Deutsche Industrie- und Handelskammer#DIHK | L:Industrie- und Handelskammer {city} | IHK ; Gewerbeanmeldung ;
cra | Zentralverband des Deutschen Handwerks#ZDH | L:Handwerkskammer {city} | Handwerkskammer ; Eintragung in die Handwerksrolle ; Handwerksmeister
mun | | L:Stadt {city} – Gewerbeamt | Gewerbeamt ; Gewerbeanmeldung ;
civ | | L:Standesamt {city} | Standesamt ; Personenstandsurkunden ;
lio | | R:Landesamt für Arbeitsschutz {region} | Arbeitsschutz ; Kontrolle der Arbeitsbedingungen ;
her | | R:Landesamt für Denkmalpflege {region} | Denkmalschutz ; Schutz von Kulturgütern ;
pol | | L:Waffenbehörde {city} | Waffenbehörde ; Erteilung von Waffenbesitzkarten ;
rto | | L:Verkehrsbehörde {city} | Güterkraftverkehrserlaubnis ; Erteilung von Gemeinschaftslizenzen ;
con | | R:Verbraucherzentrale {region} | Verbraucherberatung ; Verbraucherschutz ;
hlt | | L:Gesundheitsamt {city} | Gesundheitsamt ; öffentlicher Gesundheitsdienst ;
bld | | L:Bauaufsichtsamt {city} | Bauaufsicht ; Baugenehmigungen ;
trd | | L:Amtsgericht {city} – Registergericht | Handelsregister ; Registereintragungen ;
sch | | L:Staatliches Schulamt {city} | Lehrkräfte ; Anerkennung von Lehramtsbefähigungen ; Lehrer

occ | | L:Gewerbeaufsichtsamt {city} | Gewerbeaufsicht ; Arbeitsschutzkontrollen ;
crt | | L:Landgericht {city} | Apostille ; Beglaubigung öffentlicher Urkunden ;
tax | Bundessteuerberaterkammer | L:Steuerberaterkammer {city} | Steuerberaterkammer ; Steuerberatung ; Steuerberater
psy | Bundespsychotherapeutenkammer | R:Psychotherapeutenkammer {region} | Psychotherapeutenkammer ; Psychotherapie ; Psychotherapeut
exm | | R:Landesprüfungsamt für Gesundheitsberufe {region} | Approbation ; Anerkennung ausländischer Abschlüsse in Heilberufen ; Arzt
reg | | L:Regierungspräsidium {city} | Anerkennungsverfahren ; Anerkennung ausländischer Berufsqualifikationen ;
ord | | L:Ordnungsamt {city} | Ordnungsamt ; Gewerbeüberwachung ;
vto | | L:Veterinäramt {city} | Veterinäramt ; Tierseuchenbekämpfung ; Tierarzt
wfo | | L:Wirtschaftsförderung {city} | Wirtschaftsförderung ; Unternehmensgründung ;
[de/DE]
nimic | Bundesministerium für Wirtschaft und Klimaschutz – Nationale IMI-Koordinierung
sdimic | IMI-Koordinierungsstelle des Landes {region}
edu | Kultusministerkonferenz#KMK
eco | Bundesministerium für Wirtschaft und Klimaschutz#BMWK
lab | Generalzolldirektion – Finanzkontrolle Schwarzarbeit#FKS
soc | Deutsche Verbindungsstelle Krankenversicherung – Ausland#DVKA
dpa | Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit#BfDI
cpa | Bundesamt für Verbraucherschutz und Lebensmittelsicherheit#BVL
cul | Die Beauftragte der Bundesregierung für Kultur und Medien#BKM
tra | Bundesamt für Logistik und Mobilität#BALM
psc | Einheitlicher Ansprechpartner Bund
jus | Bundesamt für Justiz#BfJ

[de/AT]
nimic | Bundesministerium für Arbeit und Wirtschaft – Nationale IMI-Koordinierung
sdimic | IMI-Koordinierungsstelle des Landes {region}
edu | Bundesministerium für Bildung, Wissenschaft und Forschung#BMBWF
eco | Bundesministerium für Arbeit und Wirtschaft#BMAW
lab | Zentral-Arbeitsinspektorat
hea | Bundesministerium für Soziales, Gesundheit, Pflege und Konsumentenschutz#BMSGPK
soc | Dachverband der Sozialversicherungsträger
dpa | Datenschutzbehörde#DSB
cul | Bundesdenkmalamt#BDA
int | Bundesministerium für Inneres#BMI
tra | Bundesministerium für Klimaschutz, Umwelt, Energie, Mobilität, Innovation und Technologie#BMK
rail | Schienen-Control
mar | -
jus | Bundesministerium für Justiz#BMJ
enic | ENIC NARIC AUSTRIA
med | Österreichische Ärztekammer#ÖÄK | R:Ärztekammer für {region}
den | Österreichische Zahnärztekammer | R:Landeszahnärztekammer für {region}
pha | Österreichische Apothekerkammer | R:Österreichische Apothekerkammer – Landesgeschäftsstelle {region}
arc | Bundeskammer der Ziviltechniker:innen | R:Ziviltechnikerkammer {region}
vet | Österreichische Tierärztekammer | R:Landesstelle {region} der Österreichischen Tierärztekammer
law | Österreichischer Rechtsanwaltskammertag#ÖRAK | R:Rechtsanwaltskammer {region}
not | Österreichische Notariatskammer | R:Notariatskammer für {region}
eng | -
nur | - | -
cci | Wirtschaftskammer Österreich#WKO | R:Wirtschaftskammer {region}
cra | - | -
mun | | L:Magistrat der Stadt {city}
lio | | L:Arbeitsinspektorat {city}
her | | R:Bundesdenkmalamt – Abteilung für {region}
pol | | R:Landespolizeidirektion {region}
rto | | -
con | | -
trd | | L:Landesgericht {city} – Firmenbuch
sch | | R:Bildungsdirektion für {region}
bld | | L:Baubehörde {city}

occ | | -
crt | | L:Bezirksgericht {city}
tax | Kammer der Steuerberater und Wirtschaftsprüfer#KSW | -
psy | - | -
exm | | -
reg | | L:Bezirkshauptmannschaft {city}
ord | | -
wfo | | -
[de/LI] @only
@street | {s} {n} | Städtle; Landstrasse; Äulestrasse; Kirchstrasse; Dorfstrasse; Feldkircherstrasse; Zollstrasse; Herrengasse
nimic | Amt für Volkswirtschaft – Nationale IMI-Koordinierungsstelle
sdimic | IMI-Koordinierungsstelle {region}
limic | IMI-Koordinierungsstelle {area}
helpdesk | Nationaler IMI-Helpdesk
edu | Schulamt | | Anerkennung von Lehrerqualifikationen ; Lehrtätigkeit ; Lehrer
eco | Amt für Volkswirtschaft#AVW | | Dienstleistungsrichtlinie ; Erbringung von Dienstleistungen ;
hea | Amt für Gesundheit#AG | | grenzüberschreitende Gesundheitsversorgung ; Gesundheitsberufe ; Arzt
lab | Amt für Volkswirtschaft – Arbeitsinspektorat | | Entsendemeldung ; Kontrolle der Arbeitsbedingungen ;
soc | Liechtensteinische AHV-IV-FAK | | Entsendebescheinigung A1 ; Koordinierung der sozialen Sicherheit ;
dpa | Datenschutzstelle#DSS | | Datenschutz ; Datenschutzaufsicht ;
cul | Amt für Kultur | | Kulturgüterschutz ; Rückgabe von Kulturgütern ;
int | Landespolizei | | Waffenrecht ; Erteilung von Waffenerlaubnissen ;
tra | Amt für Strassenverkehr | | Güterkraftverkehr ; Gemeinschaftslizenz ;
sol | SOLVIT Liechtenstein#SOLVIT | | SOLVIT ; Lösung von Binnenmarktproblemen ;
jus | Amt für Justiz | | Apostille ; öffentliche Urkunden ;
med | Liechtensteinische Ärztekammer | | Ärztekammer ; ärztliche Berufsausübung ; Arzt
law | Liechtensteinische Rechtsanwaltskammer | | Rechtsanwaltskammer ; Rechtsberatung ; Rechtsanwalt
arc | Liechtensteinische Ingenieur- und Architektenvereinigung#LIA | | Architektur ; Bauvorlageberechtigung ; Architekt
cci | Liechtensteinische Industrie- und Handelskammer#LIHK | | Handelskammer ; Gewerbeanmeldung ;
cra | Wirtschaftskammer Liechtenstein | | Gewerbe ; Gewerbebewilligung ; Handwerksmeister
mun | | L:Gemeinde {city} | Gemeinde ; Gewerbebewilligung ;
civ | Zivilstandsamt | | Zivilstandsamt ; Personenstandsurkunden ;
bld | Amt für Hochbau und Raumplanung | | Baubewilligung ; Bauwesen ;

[de/LU] @only
nimic | Wirtschaftsministerium – Nationale IMI-Koordinierung
limic | IMI-Koordinierung – {area}
helpdesk | Nationaler IMI-Helpdesk
eco | Wirtschaftsministerium
edu | Ministerium für Bildung, Kinder und Jugend
hea | Gesundheitsministerium
lab | Gewerbeinspektion#ITM
soc | Gemeinsames Sozialversicherungszentrum#CCSS
dpa | Nationale Kommission für den Datenschutz#CNPD
cra | Handwerkskammer
cci | Handelskammer
mun | | L:Gemeindeverwaltung {city}
civ | | L:Standesamt {city}
law | | L:Rechtsanwaltskammer {city}

[de/BE] @only
nimic | FÖD Wirtschaft, KMB, Mittelstand und Energie – Nationale IMI-Koordinierung
sdimic | IMI-Koordinierung – {region}
limic | IMI-Koordinierung – {area}
helpdesk | Nationaler IMI-Helpdesk
eco | FÖD Wirtschaft, KMB, Mittelstand und Energie
lab | FÖD Beschäftigung, Arbeit und Soziale Konzertierung
hea | FÖD Volksgesundheit, Sicherheit der Nahrungsmittelkette und Umwelt
soc | Landesamt für soziale Sicherheit#LSS
dpa | Datenschutzbehörde
cpa | FÖD Wirtschaft – Generaldirektion Wirtschaftsinspektion
int | FÖD Inneres
jus | FÖD Auswärtige Angelegenheiten – Legalisierung
tra | FÖD Mobilität und Transportwesen
sol | SOLVIT Belgien#SOLVIT
edu | Ministerium der Deutschsprachigen Gemeinschaft
mun | | L:Stadt {city}
civ | | L:Standesamt {city}
law | | L:Rechtsanwaltskammer {city}
pol | | L:Polizeizone {city}

[fr]
@street | {n} {s} | rue de la République; avenue Victor Hugo; boulevard Pasteur; rue Nationale; place de l'Hôtel de Ville; rue du Général de Gaulle; avenue Jean Jaurès; rue de la Gare; rue Victor Hugo; boulevard de la Liberté; place du Marché; rue des Écoles
@email | contact; accueil; secretariat
@branch | antenne
nimic | Coordination nationale IMI
sdimic | Coordination régionale IMI – {region}
limic | Coordination IMI – {area}
helpdesk | Service d'assistance IMI national
edu | Ministère de l'Éducation nationale | | reconnaissance des qualifications d'enseignant ; enseignement ; enseignant
eco | Ministère de l'Économie et des Finances | | directive services ; prestation de services ;
lab | Direction générale du travail#DGT | | déclaration de détachement ; contrôle des conditions de travail ;
hea | Ministère de la Santé | | soins de santé transfrontaliers ; accès aux soins ;
soc | Centre des liaisons européennes et internationales de sécurité sociale#CLEISS | | formulaire A1 ; coordination de la sécurité sociale ;
dpa | Commission nationale de l'informatique et des libertés#CNIL | | protection des données ; contrôle de la protection des données ;
cpa | Direction générale de la concurrence, de la consommation et de la répression des fraudes#DGCCRF | | protection des consommateurs ; contrôle du droit de la consommation ;
cul | Ministère de la Culture | | biens culturels ; restitution de biens culturels ;
int | Ministère de l'Intérieur | | armes à feu ; autorisation de détention d'armes ;
tra | Direction générale des infrastructures, des transports et des mobilités#DGITM | | transport routier ; licence communautaire ;
rail | Établissement public de sécurité ferroviaire#EPSF | | licence de conducteur de train ; sécurité ferroviaire ; conducteur de train
mar | Direction générale des affaires maritimes, de la pêche et de l'aquaculture#DGAMPA | | titre de formation professionnelle maritime ; formation des gens de mer ; marin
sol | Centre SOLVIT#SOLVIT | | SOLVIT ; résolution de problèmes du marché intérieur ;
psc | Guichet unique des entreprises | | guichet unique ; formalités des entreprises ;
jus | Ministère de la Justice | | apostille ; actes publics ;
enic | Centre ENIC-NARIC | | reconnaissance des diplômes ; attestation de comparabilité ;
med | Conseil national de l'Ordre des médecins#CNOM | R:Conseil régional de l'Ordre des médecins – {region} | ordre des médecins ; exercice de la médecine ; médecin
den | Ordre national des chirurgiens-dentistes#ONCD | R:Conseil régional de l'Ordre des chirurgiens-dentistes – {region} | ordre des chirurgiens-dentistes ; exercice de l'art dentaire ; chirurgien-dentiste
pha | Ordre national des pharmaciens | R:Conseil régional de l'Ordre des pharmaciens – {region} | ordre des pharmaciens ; exercice de la pharmacie ; pharmacien
arc | Conseil national de l'Ordre des architectes#CNOA | R:Conseil régional de l'Ordre des architectes – {region} | ordre des architectes ; maîtrise d'œuvre ; architecte
vet | Conseil national de l'Ordre des vétérinaires | R:Conseil régional de l'Ordre des vétérinaires – {region} | ordre des vétérinaires ; exercice de la médecine vétérinaire ; vétérinaire
law | Conseil national des barreaux#CNB | L:Ordre des avocats du barreau de {city} | barreau ; conseil juridique ; avocat
not | Conseil supérieur du notariat#CSN | L:Chambre des notaires de {city} | notariat ; authentification des actes ; notaire
nur | Ordre national des infirmiers#ONI | R:Conseil régional de l'Ordre des infirmiers – {region} | ordre des infirmiers ; soins infirmiers ; infirmier
cci | CCI France | L:Chambre de commerce et d'industrie de {city} | chambre de commerce ; formalités des entreprises ;
cra | Chambres de métiers et de l'artisanat de France | R:Chambre de métiers et de l'artisanat – {region} | artisanat ; immatriculation des artisans ; artisan
mun | | L:Mairie de {city} | mairie ; autorisations d'urbanisme ;
civ | | L:Service de l'état civil – Mairie de {city} | état civil ; actes d'état civil ;
lio | | R:DREETS {region} | inspection du travail ; contrôle des détachements ;
her | | R:DRAC {region} | patrimoine ; protection du patrimoine culturel ;
pol | | L:Bureau des armes de la préfecture – {city} | armes ; autorisations de détention d'armes ;
rto | | R:DREAL {region} | transport routier ; registre des transporteurs ;
con | | L:Direction départementale de la protection des populations – {city}#DDPP | protection des consommateurs ; enquêtes de consommation ;
hlt | | R:Agence régionale de santé {region}#ARS | agence régionale de santé ; organisation des soins ;
bld | | L:Service de l'urbanisme – Mairie de {city} | urbanisme ; permis de construire ;
trd | | L:Greffe du tribunal de commerce de {city} | registre du commerce ; immatriculation des sociétés ;
sch | | L:Rectorat de l'académie de {city} | enseignants ; reconnaissance des qualifications d'enseignant ; enseignant

crt | | L:Tribunal judiciaire de {city} | apostille ; légalisation des actes publics ;
tax | Conseil national de l'Ordre des experts-comptables | R:Conseil régional de l'Ordre des experts-comptables – {region} | expertise comptable ; tenue de comptabilité ; expert-comptable
ord | | L:Police municipale de {city} | police municipale ; occupation du domaine public ;
wfo | | L:Direction du développement économique – Mairie de {city} | développement économique ; création d'entreprise ;
[fr/BE] @only
@street | {s} {n} | rue de la Loi; avenue Louise; rue Royale; boulevard d'Avroy; rue de Fer; place Saint-Lambert; rue de la Station; chaussée de Bruxelles; rue de l'Église; avenue des Combattants
nimic | SPF Économie, P.M.E., Classes moyennes et Énergie – Coordination nationale IMI
sdimic | Coordination IMI – {region}
limic | Coordination IMI – {area}
helpdesk | Service d'assistance IMI national
eco | SPF Économie, P.M.E., Classes moyennes et Énergie | | directive services ; prestation de services ;
lab | SPF Emploi, Travail et Concertation sociale – Contrôle des lois sociales | | déclaration Limosa ; contrôle des conditions de travail ;
hea | SPF Santé publique, Sécurité de la Chaîne alimentaire et Environnement | | soins de santé transfrontaliers ; professions de santé ;
soc | Office national de sécurité sociale#ONSS | | formulaire A1 ; coordination de la sécurité sociale ;
dpa | Autorité de protection des données#APD | | protection des données ; contrôle de la protection des données ;
cpa | SPF Économie – Direction générale de l'Inspection économique | | protection des consommateurs ; inspection économique ;
int | SPF Intérieur | | armes à feu ; autorisation de détention d'armes ;
jus | SPF Affaires étrangères – Légalisation | | apostille ; légalisation de documents ;
tra | SPF Mobilité et Transports | | transport routier ; licence communautaire ;
rail | Service de Sécurité et d'Interopérabilité des Chemins de fer#SSICF | | licence de conducteur de train ; sécurité ferroviaire ; conducteur de train
mar | SPF Mobilité et Transports – Direction générale Navigation | | brevets maritimes ; formation des gens de mer ; marin
sol | SOLVIT Belgique#SOLVIT | | SOLVIT ; résolution de problèmes du marché intérieur ;
edu | Fédération Wallonie-Bruxelles – Administration générale de l'Enseignement | | reconnaissance des titres d'enseignant ; enseignement ; enseignant
enic | NARIC Fédération Wallonie-Bruxelles | | équivalence des diplômes ; reconnaissance académique ;
cul | Fédération Wallonie-Bruxelles – Service du Patrimoine culturel | | biens culturels ; restitution de biens culturels ;
med | Ordre des médecins | | ordre des médecins ; exercice de la médecine ; médecin
pha | Ordre des pharmaciens | | ordre des pharmaciens ; exercice de la pharmacie ; pharmacien
arc | Ordre des architectes | | ordre des architectes ; architecture ; architecte
vet | Ordre des médecins vétérinaires | | ordre des vétérinaires ; médecine vétérinaire ; vétérinaire
law | Ordre des barreaux francophones et germanophone | L:Ordre des avocats du barreau de {city} | barreau ; conseil juridique ; avocat
not | Fédération royale du notariat belge#Fednot | | notariat ; actes notariés ; notaire
psc | | L:Guichet d'entreprises – {city} | guichet d'entreprises ; inscription à la BCE ;
cci | | L:Chambre de commerce et d'industrie – {city} | chambre de commerce ; formalités des entreprises ;
mun | | L:Ville de {city} | ville ; autorisations ;
civ | | L:Service de l'état civil – Ville de {city} | état civil ; actes d'état civil ;
lio | | L:Contrôle des lois sociales – direction régionale de {city} | inspection sociale ; contrôle des détachements ;
her | | R:Agence wallonne du patrimoine – {region}#AWaP | patrimoine ; protection du patrimoine ;
pol | | L:Zone de police de {city} | armes ; permis de port d'armes ;

crt | | L:Tribunal de première instance de {city} | apostille ; légalisation des actes publics ;
trd | | L:Tribunal de l'entreprise de {city} | Banque-Carrefour des Entreprises ; publications des sociétés ;
bld | | L:Ville de {city} – Service de l'urbanisme | urbanisme ; permis d'urbanisme ;
[fr/LU] @only
@street | {n}, {s} | rue de la Gare; boulevard Royal; Grand-Rue; avenue de la Liberté; rue Notre-Dame; route d'Arlon; rue de l'Alzette; place Guillaume II; rue du Fossé; avenue Monterey
nimic | Ministère de l'Économie – Coordination nationale IMI
sdimic | Coordination IMI – {region}
limic | Coordination IMI – {area}
helpdesk | Service d'assistance IMI national
eco | Ministère de l'Économie | | directive services ; prestation de services ;
edu | Ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse#MENJE | | reconnaissance des qualifications d'enseignant ; enseignement ; enseignant
hea | Ministère de la Santé et de la Sécurité sociale | | soins de santé transfrontaliers ; professions de santé ;
lab | Inspection du travail et des mines#ITM | | déclaration de détachement ; inspection du travail ;
soc | Centre commun de la sécurité sociale#CCSS | | formulaire A1 ; coordination de la sécurité sociale ;
dpa | Commission nationale pour la protection des données#CNPD | | protection des données ; contrôle de la protection des données ;
cpa | Ministère de la Protection des consommateurs | | protection des consommateurs ; droit de la consommation ;
cul | Institut national pour le patrimoine architectural#INPA | | biens culturels ; protection du patrimoine ;
int | Ministère de la Justice – Service des armes prohibées | | armes ; autorisation de port d'armes ;
tra | Ministère de la Mobilité et des Travaux publics | | transport routier ; licence communautaire ;
jus | Ministère des Affaires étrangères et européennes – Bureau des passeports, visas et légalisations | | apostille ; légalisation ;
sol | SOLVIT Luxembourg#SOLVIT | | SOLVIT ; résolution de problèmes du marché intérieur ;
psc | Guichet.lu | | guichet unique ; démarches administratives ;
enic | Ministère de l'Enseignement supérieur et de la Recherche – Service de la reconnaissance des diplômes | | reconnaissance des diplômes ; homologation ;
med | Collège médical | | professions médicales ; exercice de la médecine ; médecin
arc | Ordre des architectes et des ingénieurs-conseils#OAI | | architecture ; ingénierie ; architecte
vet | Collège vétérinaire | | médecine vétérinaire ; exercice de la médecine vétérinaire ; vétérinaire
law | Barreau de Luxembourg | L:Ordre des avocats du barreau de {city} | barreau ; conseil juridique ; avocat
not | Chambre des notaires | | notariat ; actes notariés ; notaire
cci | Chambre de commerce | | chambre de commerce ; autorisations d'établissement ;
cra | Chambre des métiers | | artisanat ; brevet de maîtrise ; artisan
mun | | L:Administration communale de {city} | commune ; autorisations ;
civ | | L:Service de l'état civil – {city} | état civil ; actes d'état civil ;

[nl]
@street | {s} {n} | Stationsstraat; Kerkstraat; Dorpsstraat; Marktplein; Molenweg; Schoolstraat; Julianalaan; Wilhelminastraat; Nieuwstraat; Beatrixlaan; Raadhuisplein; Hoofdstraat
@email | info; post; secretariaat
@branch | vestiging
nimic | Ministerie van Economische Zaken en Klimaat – Nationale IMI-coördinator
sdimic | IMI-coördinatie – {region}
limic | IMI-coördinatie {area}
helpdesk | Nationale IMI-helpdesk
edu | Ministerie van Onderwijs, Cultuur en Wetenschap#OCW | | erkenning van lerarendiploma's ; onderwijs ; leraar
eco | Ministerie van Economische Zaken en Klimaat#EZK | | dienstenrichtlijn ; dienstverlening ;
lab | Nederlandse Arbeidsinspectie | | meldplicht detachering ; toezicht op arbeidsvoorwaarden ;
hea | Ministerie van Volksgezondheid, Welzijn en Sport#VWS | | grensoverschrijdende zorg ; gezondheidszorg ;
soc | Sociale Verzekeringsbank#SVB | | A1-verklaring ; coördinatie sociale zekerheid ;
dpa | Autoriteit Persoonsgegevens#AP | | persoonsgegevens ; toezicht op gegevensbescherming ;
cpa | Autoriteit Consument & Markt#ACM | | consumentenbescherming ; handhaving consumentenrecht ;
cul | Inspectie Overheidsinformatie en Erfgoed | | cultuurgoederen ; teruggave van cultuurgoederen ;
int | Ministerie van Justitie en Veiligheid#JenV | | vuurwapens ; wapenvergunningen ;
tra | Nationale en Internationale Wegvervoer Organisatie#NIWO | | wegvervoer ; vergunning beroepsgoederenvervoer ;
rail | Inspectie Leefomgeving en Transport#ILT | | machinistenvergunning ; spoorwegveiligheid ; machinist
mar | Inspectie Leefomgeving en Transport – Scheepvaart | | vaarbevoegdheidsbewijs ; opleiding van zeevarenden ; zeevarende
sol | SOLVIT Nederland#SOLVIT | | SOLVIT ; oplossen van internemarktproblemen ;
psc | Ondernemersplein | | centraal loket ; digitale procedures ;
jus | | L:Rechtbank {city} | apostille ; legalisatie van documenten ;
enic | Nuffic | | diplomawaardering ; erkenning van diploma's ;
med | CIBG – BIG-register#BIG | L:Regionaal Tuchtcollege voor de Gezondheidszorg {city} | BIG-register ; uitoefening van de geneeskunde ; arts
den | Koninklijke Nederlandse Maatschappij tot bevordering der Tandheelkunde#KNMT | | tandheelkunde ; tandheelkundige zorg ; tandarts
pha | Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie#KNMP | | apotheek ; farmaceutische zorg ; apotheker
arc | Bureau Architectenregister | | architectenregister ; architectuur ; architect
vet | Koninklijke Nederlandse Maatschappij voor Diergeneeskunde#KNMvD | | diergeneeskunde ; diergeneeskundige zorg ; dierenarts
law | Nederlandse orde van advocaten#NOvA | L:Orde van Advocaten {city} | advocatuur ; rechtsbijstand ; advocaat
not | Koninklijke Notariële Beroepsorganisatie#KNB | | notariaat ; notariële akten ; notaris
cci | Kamer van Koophandel#KVK | L:Kamer van Koophandel – vestiging {city} | handelsregister ; inschrijving van ondernemingen ;
mun | | L:Gemeente {city} | gemeente ; vergunningen ;
civ | | L:Burgerzaken gemeente {city} | burgerlijke stand ; akten van de burgerlijke stand ;
lio | | L:Nederlandse Arbeidsinspectie – kantoor {city} | arbeidsinspectie ; controle op detachering ;
her | | R:Provincie {region} – erfgoed | erfgoed ; bescherming van cultureel erfgoed ;
pol | | L:Politie – bureau wapens en munitie {city} | wapenvergunningen ; wapens en munitie ;
hlt | | L:GGD {city} | GGD ; publieke gezondheid ;
bld | | L:Gemeente {city} – Bouw- en Woningtoezicht | bouwvergunningen ; omgevingsvergunning ;

psy | Nederlands Instituut van Psychologen#NIP | | psychologie ; psychologische zorg ; psycholoog
ord | | L:Gemeente {city} – Openbare Orde en Veiligheid | openbare orde ; evenementenvergunningen ;
wfo | | L:Gemeente {city} – Economische Zaken | economische zaken ; ondernemersdienstverlening ;
[nl/BE] @only
@street | {s} {n} | Wetstraat; Kerkstraat; Stationsstraat; Grote Markt; Meir; Koningin Astridlaan; Dorpsstraat; Kapelstraat; Leopoldlaan; Nieuwstraat
nimic | FOD Economie, K.M.O., Middenstand en Energie – Nationale IMI-coördinatie
sdimic | IMI-coördinatie – {region}
limic | IMI-coördinatie – {area}
helpdesk | Nationale IMI-helpdesk
eco | FOD Economie, K.M.O., Middenstand en Energie | | dienstenrichtlijn ; dienstverlening ;
lab | FOD Werkgelegenheit, Arbeid en Sociaal Overleg – Toezicht op de Sociale Wetten | | Limosa-melding ; toezicht op arbeidsvoorwaarden ;
hea | FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu | | grensoverschrijdende zorg ; gezondheidsberoepen ;
soc | Rijksdienst voor Sociale Zekerheid#RSZ | | A1-formulier ; coördinatie sociale zekerheid ;
dpa | Gegevensbeschermingsautoriteit#GBA | | gegevensbescherming ; toezicht op gegevensbescherming ;
cpa | FOD Economie – Algemene Directie Economische Inspectie | | consumentenbescherming ; economische inspectie ;
int | FOD Binnenlandse Zaken | | vuurwapens ; wapenvergunningen ;
jus | FOD Buitenlandse Zaken – Legalisatie | | apostille ; legalisatie van documenten ;
tra | FOD Mobiliteit en Vervoer | | wegvervoer ; communautaire vergunning ;
rail | Dienst Veiligheid en Interoperabiliteit der Spoorwegen#DVIS | | vergunning treinbestuurder ; spoorwegveiligheid ; treinbestuurder
mar | FOD Mobiliteit en Vervoer – Directoraat-generaal Scheepvaart | | vaarbevoegdheidsbewijs ; opleiding van zeevarenden ; zeevarende
sol | SOLVIT België#SOLVIT | | SOLVIT ; oplossen van internemarktproblemen ;
edu | Vlaams Ministerie van Onderwijs en Vorming | | erkenning van lerarendiploma's ; onderwijs ; leraar
enic | NARIC-Vlaanderen | | gelijkwaardigheid van diploma's ; erkenning van diploma's ;
cul | Departement Cultuur, Jeugd en Media | | cultuurgoederen ; teruggave van cultuurgoederen ;
med | Orde der artsen | | Orde der artsen ; uitoefening van de geneeskunde ; arts
pha | Orde der apothekers | | apotheek ; farmaceutische zorg ; apotheker
arc | Orde van architecten | | architectuur ; architect
vet | Orde der dierenartsen | | diergeneeskunde ; dierenarts
law | Orde van Vlaamse balies | L:Balie {city} | advocatuur ; rechtsbijstand ; advocaat
not | Koninklijke Federatie van het Belgisch Notariaat#Fednot | | notariaat ; notariële akten ; notaris
psc | | L:Ondernemingsloket {city} | ondernemingsloket ; inschrijving in de KBO ;
cci | | L:Voka – Kamer van Koophandel {city} | kamer van koophandel ; ondernemingsformaliteiten ;
mun | | L:Stad {city} | stad ; vergunningen ;
civ | | L:Dienst Burgerzaken {city} | burgerlijke stand ; akten van de burgerlijke stand ;
lio | | L:Toezicht op de Sociale Wetten – directie {city} | sociale inspectie ; controle op detachering ;
her | | R:Agentschap Onroerend Erfgoed – {region} | onroerend erfgoed ; bescherming van erfgoed ;
pol | | L:Politiezone {city} | vuurwapens ; wapenvergunningen ;

crt | | L:Rechtbank van eerste aanleg {city} | apostille ; legalisatie van documenten ;
trd | | L:Ondernemingsrechtbank {city} | Kruispuntbank van Ondernemingen ; vennootschapspublicaties ;
bld | | L:Stad {city} – Omgevingsvergunningen | omgevingsvergunning ; bouwaanvragen ;
[it]
@street | {s}, {n} | Via Roma; Corso Vittorio Emanuele II; Via Giuseppe Garibaldi; Piazza del Popolo; Via Dante Alighieri; Via XX Settembre; Corso Italia; Via Giuseppe Mazzini; Piazza Cavour; Via Nazionale; Via Cesare Battisti; Piazza Municipio
@email | protocollo; info; segreteria
@branch | sede distaccata
nimic | Presidenza del Consiglio dei Ministri – Dipartimento per gli Affari Europei – Coordinamento nazionale IMI
sdimic | Regione {region} – Coordinamento IMI
limic | Coordinamento IMI – {area}
helpdesk | Helpdesk nazionale IMI
edu | Ministero dell'Istruzione e del Merito#MIM | | riconoscimento dell'abilitazione all'insegnamento ; insegnamento ; insegnante
eco | Ministero delle Imprese e del Made in Italy#MIMIT | | direttiva servizi ; prestazione di servizi ;
lab | Ispettorato nazionale del lavoro#INL | | distacco transnazionale ; vigilanza sul lavoro ;
hea | Ministero della Salute | | assistenza sanitaria transfrontaliera ; assistenza sanitaria ;
soc | Istituto Nazionale della Previdenza Sociale#INPS | | modello A1 ; coordinamento della sicurezza sociale ;
dpa | Garante per la protezione dei dati personali | | protezione dei dati ; vigilanza sulla protezione dei dati ;
cpa | Autorità Garante della Concorrenza e del Mercato#AGCM | | tutela dei consumatori ; pratiche commerciali scorrette ;
cul | Ministero della Cultura#MiC | | beni culturali ; restituzione di beni culturali ;
int | Ministero dell'Interno | | armi da fuoco ; licenze di porto d'armi ;
tra | Ministero delle Infrastrutture e dei Trasporti#MIT | | autotrasporto ; licenza comunitaria ;
rail | Agenzia nazionale per la sicurezza delle ferrovie e delle infrastrutture stradali e autostradali#ANSFISA | | licenza di conduzione treni ; sicurezza ferroviaria ; macchinista
mar | Comando generale del Corpo delle capitanerie di porto | | certificati di competenza ; formazione della gente di mare ; marittimo
sol | Centro SOLVIT Italia#SOLVIT | | SOLVIT ; risoluzione dei problemi del mercato interno ;
psc | | L:Sportello unico per le attività produttive di {city}#SUAP | sportello unico ; procedimenti amministrativi ;
jus | Ministero della Giustizia | | apostille ; documenti pubblici ;
enic | Centro di informazione sulla mobilità e le equivalenze accademiche#CIMEA | | riconoscimento dei titoli ; equivalenza dei titoli ;
med | Federazione Nazionale degli Ordini dei Medici Chirurghi e degli Odontoiatri#FNOMCeO | L:Ordine dei Medici Chirurghi e degli Odontoiatri della Provincia di {city} | ordine dei medici ; esercizio della professione medica ; medico chirurgo
den | | L:Commissione Albo Odontoiatri di {city} | albo odontoiatri ; odontoiatria ; odontoiatra
pha | Federazione degli Ordini dei Farmacisti Italiani#FOFI | L:Ordine dei Farmacisti della Provincia di {city} | ordine dei farmacisti ; esercizio della farmacia ; farmacista
arc | Consiglio Nazionale degli Architetti, Pianificatori, Paesaggisti e Conservatori#CNAPPC | L:Ordine degli Architetti, Pianificatori, Paesaggisti e Conservatori della Provincia di {city} | ordine degli architetti ; progettazione architettonica ; architetto
vet | Federazione Nazionale degli Ordini Veterinari Italiani#FNOVI | L:Ordine dei Medici Veterinari della Provincia di {city} | ordine dei veterinari ; medicina veterinaria ; medico veterinario
law | Consiglio Nazionale Forense#CNF | L:Ordine degli Avvocati di {city} | ordine degli avvocati ; assistenza legale ; avvocato
not | Consiglio Nazionale del Notariato | L:Consiglio Notarile di {city} | notariato ; atti notarili ; notaio
eng | Consiglio Nazionale degli Ingegneri#CNI | L:Ordine degli Ingegneri della Provincia di {city} | ordine degli ingegneri ; progettazione ; ingegnere
nur | Federazione Nazionale degli Ordini delle Professioni Infermieristiche#FNOPI | L:Ordine delle Professioni Infermieristiche di {city}#OPI | professioni infermieristiche ; assistenza infermieristica ; infermiere
cci | Unioncamere | L:Camera di Commercio, Industria, Artigianato e Agricoltura di {city} | registro delle imprese ; iscrizione al registro delle imprese ;
mun | | L:Comune di {city} | comune ; autorizzazioni commerciali ;
civ | | L:Comune di {city} – Ufficio di stato civile | stato civile ; atti di stato civile ;
lio | | L:Ispettorato territoriale del lavoro di {city} | ispettorato del lavoro ; controllo dei distacchi ;
her | | L:Soprintendenza Archeologia, belle arti e paesaggio di {city} | beni culturali ; tutela del patrimonio culturale ;
pol | | L:Questura di {city} | porto d'armi ; rilascio di licenze ;
rto | | L:Motorizzazione civile – Ufficio di {city} | autotrasporto ; albo degli autotrasportatori ;
hlt | | L:Azienda Sanitaria Locale di {city}#ASL | azienda sanitaria ; assistenza sanitaria ;
bld | | L:Comune di {city} – Sportello unico per l'edilizia | edilizia ; permessi di costruire ;
trd | | L:Tribunale di {city} | registri ; atti pubblici ;
sch | | L:Ufficio scolastico territoriale di {city} | docenti ; riconoscimento dei titoli di insegnamento ; insegnante

crt | | L:Procura della Repubblica presso il Tribunale di {city} | apostille ; legalizzazione di atti ;
tax | Consiglio Nazionale dei Dottori Commercialisti e degli Esperti Contabili#CNDCEC | L:Ordine dei Dottori Commercialisti e degli Esperti Contabili di {city} | dottori commercialisti ; consulenza fiscale ; dottore commercialista
psy | Consiglio Nazionale dell'Ordine degli Psicologi#CNOP | R:Ordine degli Psicologi – {region} | psicologi ; psicoterapia ; psicologo
reg | | L:Prefettura – Ufficio Territoriale del Governo di {city} | prefettura ; autorizzazioni di polizia amministrativa ;
ord | | L:Polizia Locale di {city} | polizia locale ; controllo delle attività commerciali ;
[es]
@street | {s}, {n} | Calle Mayor; Avenida de la Constitución; Calle Real; Plaza de España; Calle Nueva; Avenida de la Libertad; Calle San Francisco; Gran Vía; Calle del Carmen; Plaza Mayor; Calle Ancha; Paseo de la Estación
@email | informacion; registro; info
@branch | oficina
nimic | Ministerio de Asuntos Exteriores, Unión Europea y Cooperación – Coordinación Nacional IMI
sdimic | Coordinación IMI – {region}
limic | Coordinación IMI – {area}
helpdesk | Servicio nacional de asistencia IMI
edu | Ministerio de Educación, Formación Profesional y Deportes | | reconocimiento de títulos de docente ; docencia ; profesor
eco | Ministerio de Economía, Comercio y Empresa | | directiva de servicios ; prestación de servicios ;
lab | Organismo Estatal Inspección de Trabajo y Seguridad Social#ITSS | | desplazamiento de trabajadores ; inspección de trabajo ;
hea | Ministerio de Sanidad | | asistencia sanitaria transfronteriza ; asistencia sanitaria ;
soc | Tesorería General de la Seguridad Social#TGSS | | certificado A1 ; coordinación de la seguridad social ;
dpa | Agencia Española de Protección de Datos#AEPD | | protección de datos ; supervisión de la protección de datos ;
cpa | Dirección General de Consumo | | protección de los consumidores ; defensa de los consumidores ;
cul | Ministerio de Cultura | | bienes culturales ; restitución de bienes culturales ;
int | Dirección General de la Guardia Civil – Intervención Central de Armas y Explosivos | | armas de fuego ; licencias de armas ;
tra | Dirección General de Transporte por Carretera y Ferrocarril | | transporte por carretera ; autorización de transporte ;
rail | Agencia Estatal de Seguridad Ferroviaria#AESF | | licencia de conducción ferroviaria ; seguridad ferroviaria ; maquinista
mar | Dirección General de la Marina Mercante | | títulos profesionales ; formación marítima ; marino
sol | Centro SOLVIT España#SOLVIT | | SOLVIT ; resolución de problemas del mercado interior ;
psc | Punto de Acceso General Empresas | | ventanilla única ; procedimientos electrónicos ;
jus | Ministerio de la Presidencia, Justicia y Relaciones con las Cortes | | apostilla ; documentos públicos ;
enic | Subdirección General de Títulos y Reconocimiento de Cualificaciones | | homologación de títulos ; reconocimiento de títulos ;
med | Consejo General de Colegios Oficiales de Médicos#CGCOM | L:Ilustre Colegio Oficial de Médicos de {city} | colegio de médicos ; ejercicio de la medicina ; médico
den | Consejo General de Dentistas de España | L:Colegio Oficial de Dentistas de {city} | colegio de dentistas ; odontología ; dentista
pha | Consejo General de Colegios Oficiales de Farmacéuticos | L:Colegio Oficial de Farmacéuticos de {city} | colegio de farmacéuticos ; ejercicio de la farmacia ; farmacéutico
arc | Consejo Superior de los Colegios de Arquitectos de España#CSCAE | L:Colegio Oficial de Arquitectos de {city} | colegio de arquitectos ; proyectos de edificación ; arquitecto
vet | Consejo General de Colegios Veterinarios de España | L:Colegio Oficial de Veterinarios de {city} | colegio de veterinarios ; medicina veterinaria ; veterinario
law | Consejo General de la Abogacía Española#CGAE | L:Ilustre Colegio de la Abogacía de {city} | colegio de la abogacía ; asistencia jurídica ; abogado
not | Consejo General del Notariado | L:Colegio Notarial de {city} | notariado ; escrituras públicas ; notario
eng | Consejo General de Colegios Oficiales de Ingenieros Industriales | L:Colegio Oficial de Ingenieros Industriales de {city} | colegio de ingenieros ; proyectos técnicos ; ingeniero industrial
nur | Consejo General de Enfermería | L:Colegio Oficial de Enfermería de {city} | enfermería ; cuidados de enfermería ; enfermero
cci | Cámara de Comercio de España | L:Cámara Oficial de Comercio, Industria y Servicios de {city} | cámara de comercio ; creación de empresas ;
mun | | L:Ayuntamiento de {city} | ayuntamiento ; licencias de actividad ;
civ | | L:Registro Civil de {city} | registro civil ; certificados del registro civil ;
lio | | L:Inspección Provincial de Trabajo y Seguridad Social de {city} | inspección de trabajo ; control de desplazamientos ;
her | | R:Dirección General de Patrimonio Cultural – {region} | patrimonio cultural ; protección del patrimonio ;
pol | | L:Intervención de Armas de la Guardia Civil – {city} | armas ; licencias de armas ;
rto | | R:Dirección General de Transportes – {region} | transporte por carretera ; autorizaciones de transporte ;
con | | R:Dirección General de Consumo – {region} | consumo ; reclamaciones de consumo ;
hlt | | R:Servicio de Salud – {region} | servicio de salud ; asistencia sanitaria ;
bld | | L:Gerencia Municipal de Urbanismo de {city} | urbanismo ; licencias de obras ;
trd | | L:Registro Mercantil de {city} | registro mercantil ; inscripción de sociedades ;
sch | | R:Consejería de Educación – {region} | docentes ; reconocimiento de títulos de docente ; profesor

crt | | R:Tribunal Superior de Justicia – {region} | apostilla ; legalización de documentos públicos ;
tax | Consejo General de Economistas de España | L:Colegio de Economistas de {city} | economistas ; asesoría fiscal ; economista
psy | Consejo General de la Psicología de España | L:Colegio Oficial de la Psicología de {city} | psicología ; psicología sanitaria ; psicólogo
reg | | L:Subdelegación del Gobierno en {city} | subdelegación del gobierno ; autorizaciones administrativas ;
ord | | L:Policía Local de {city} | policía local ; inspección de actividades ;
wfo | | L:Agencia de Desarrollo Local de {city} | desarrollo local ; creación de empresas ;
occ | | R:Instituto de Seguridad y Salud Laboral – {region} | seguridad y salud laboral ; prevención de riesgos laborales ;
[pt]
@street | {s}, {n} | Rua Augusta; Avenida da Liberdade; Rua de Santa Catarina; Praça do Comércio; Avenida da República; Rua Direita; Rua do Comércio; Avenida Central; Rua 25 de Abril; Largo do Município; Rua da Sé; Avenida dos Aliados
@email | geral; info; expediente
@branch | delegação
nimic | Direção-Geral das Atividades Económicas – Coordenação nacional IMI
sdimic | Coordenação regional IMI – {region}
limic | Coordenação IMI – {area}
helpdesk | Serviço nacional de assistência IMI
edu | Direção-Geral da Administração Escolar | | reconhecimento de qualificações de docente ; ensino ; professor
eco | Direção-Geral das Atividades Económicas | | diretiva serviços ; prestação de serviços ;
lab | Autoridade para as Condições do Trabalho#ACT | | destacamento de trabalhadores ; inspeção do trabalho ;
hea | Direção-Geral da Saúde#DGS | | cuidados de saúde transfronteiriços ; cuidados de saúde ;
soc | Instituto da Segurança Social#ISS | | certificado A1 ; coordenação da segurança social ;
dpa | Comissão Nacional de Proteção de Dados#CNPD | | proteção de dados ; supervisão da proteção de dados ;
cpa | Direção-Geral do Consumidor#DGC | | defesa do consumidor ; proteção dos consumidores ;
cul | Património Cultural, I.P. | | bens culturais ; restituição de bens culturais ;
int | Polícia de Segurança Pública – Departamento de Armas e Explosivos | | armas de fogo ; licenças de uso e porte de arma ;
tra | Instituto da Mobilidade e dos Transportes#IMT | | transporte rodoviário ; licença comunitária ;
mar | Direção-Geral de Recursos Naturais, Segurança e Serviços Marítimos#DGRM | | certificados de competência ; formação de marítimos ; marítimo
sol | Centro SOLVIT Portugal#SOLVIT | | SOLVIT ; resolução de problemas do mercado interno ;
psc | Balcão do Empreendedor | | balcão único ; procedimentos eletrónicos ;
jus | Instituto dos Registos e do Notariado#IRN | | apostila ; documentos públicos ;
enic | Direção-Geral do Ensino Superior#DGES | | reconhecimento de graus ; equivalência de diplomas ;
med | Ordem dos Médicos | R:Secção Regional da Ordem dos Médicos – {region} | ordem dos médicos ; exercício da medicina ; médico
den | Ordem dos Médicos Dentistas | | medicina dentária ; exercício da medicina dentária ; médico dentista
pha | Ordem dos Farmacêuticos | | farmácia ; exercício farmacêutico ; farmacêutico
arc | Ordem dos Arquitectos | R:Secção Regional da Ordem dos Arquitectos – {region} | arquitetura ; projetos de arquitetura ; arquiteto
vet | Ordem dos Médicos Veterinários | | medicina veterinária ; exercício da medicina veterinária ; médico veterinário
law | Ordem dos Advogados | R:Conselho Regional da Ordem dos Advogados – {region} | advocacia ; patrocínio judiciário ; advogado
not | Ordem dos Notários | | notariado ; atos notariais ; notário
eng | Ordem dos Engenheiros | | engenharia ; atos de engenharia ; engenheiro
nur | Ordem dos Enfermeiros | | enfermagem ; cuidados de enfermagem ; enfermeiro
cci | Câmara de Comércio e Indústria Portuguesa | L:Associação Comercial {x} | associação comercial ; apoio às empresas ;
mun | | L:Câmara Municipal {x} | município ; licenciamento ;
civ | | L:Conservatória do Registo Civil {x} | registo civil ; certidões ;
lio | | L:Autoridade para as Condições do Trabalho – Unidade Local {x} | inspeção do trabalho ; controlo de destacamentos ;
her | | R:Direção Regional de Cultura – {region} | património cultural ; proteção do património ;
pol | | L:Comando Distrital da PSP {x} | armas ; licenças de uso e porte de arma ;
rto | | R:Direção Regional de Mobilidade e Transportes – {region} | transporte rodoviário ; licenciamento de transportadores ;
hlt | | R:Administração Regional de Saúde – {region} | saúde pública ; cuidados de saúde ;
bld | | L:Câmara Municipal {x} – Urbanismo | urbanismo ; licenciamento de obras ;
trd | | L:Conservatória do Registo Comercial {x} | registo comercial ; certidões comerciais ;

crt | | L:Tribunal Judicial da Comarca {x} | apostila ; certidões judiciais ;
tax | Ordem dos Contabilistas Certificados#OCC | | contabilidade ; contabilidade certificada ; contabilista certificado
psy | Ordem dos Psicólogos Portugueses#OPP | | psicologia ; atos de psicologia ; psicólogo
ord | | L:Polícia Municipal {x} | polícia municipal ; fiscalização de atividades ;
[en]
@street | {n} {s} | High Street; Main Street; Church Street; Station Road; Market Square; Queen Street; Park Road; Bridge Street; Mill Lane; King Street
@email | info; enquiries; contact
@branch | office
nimic | National IMI Coordinator
sdimic | Regional IMI Coordinator – {region}
limic | IMI Coordinator – {area}
helpdesk | National IMI Helpdesk
edu | Ministry of Education | | recognition of teaching qualifications ; teaching ; teacher
eco | Ministry of Economic Affairs | | Services Directive ; provision of services ;
lab | Labour Inspectorate | | posting of workers ; labour inspection ;
hea | Ministry of Health | | cross-border healthcare ; healthcare ;
soc | Social Security Institution | | A1 certificate ; social security coordination ;
dpa | Data Protection Authority | | data protection ; data protection supervision ;
cpa | Consumer Protection Authority | | consumer protection ; enforcement of consumer law ;
cul | Ministry of Culture | | cultural goods ; return of cultural objects ;
int | National Police – Firearms Licensing | | firearms ; firearms licences ;
tra | Road Transport Authority | | road haulage ; Community licence ;
rail | Railway Safety Authority | | train driving licence ; railway safety ; train driver
mar | Maritime Administration | | certificates of competency ; seafarer training ; seafarer
sol | SOLVIT Centre | | SOLVIT ; internal market problem solving ;
psc | Point of Single Contact | | point of single contact ; online procedures ;
jus | Ministry of Justice | L:Legalisation Office – {place} | apostille ; public documents ;
enic | ENIC-NARIC Centre | | recognition of qualifications ; diploma recognition ;
med | Medical Council | L:Medical Chamber – {place} | medical register ; medical practice ; doctor
den | Dental Council | L:Dental Chamber – {place} | dentistry ; dental practice ; dentist
pha | Pharmaceutical Council | L:Chamber of Pharmacists – {place} | pharmacy ; pharmaceutical practice ; pharmacist
arc | Chamber of Architects | L:Chamber of Architects – {place} | architecture ; architectural design ; architect
vet | Veterinary Council | L:Veterinary Chamber – {place} | veterinary medicine ; veterinary practice ; veterinary surgeon
law | Bar Council | L:Bar Association – {place} | bar ; legal services ; lawyer
not | Chamber of Notaries | L:Chamber of Notaries – {place} | notarial acts ; notarial services ; notary
eng | Chamber of Engineers | L:Chamber of Engineers – {place} | engineering ; engineering services ; engineer
nur | Nursing and Midwifery Council | L:Nursing Council – {place} | nursing ; nursing care ; nurse
cci | Chamber of Commerce and Industry | L:Chamber of Commerce – {place} | chamber of commerce ; business registration ;
cra | Chamber of Crafts | L:Chamber of Crafts – {place} | crafts ; master craftsman qualification ; craftsman
mun | | L:Municipality of {place} | municipality ; business permits ;
civ | | L:Civil Registry Office – {place} | civil registry ; civil status certificates ;
lio | | L:Labour Inspectorate – {place} | labour inspection ; checks on posted workers ;
her | | L:Cultural Heritage Office – {place} | cultural heritage ; protection of cultural heritage ;
pol | | L:Police – Firearms Licensing, {place} | firearms licensing ; firearms permits ;
rto | | L:Road Transport Licensing Office – {place} | road transport ; operator licensing ;
con | | L:Consumer Protection Office – {place} | consumer protection ; consumer complaints ;
hlt | | L:Public Health Authority – {place} | public health ; healthcare supervision ;
bld | | L:Building Control Authority – {place} | building control ; building permits ;
trd | | L:Court Registry – {place} | commercial register ; certified public documents ;
sch | | L:Education Authority – {place} | teachers ; recognition of teaching qualifications ; teacher

occ | | L:Trade Supervisory Office – {place} | occupational safety ; workplace inspections ;
crt | | L:Court – {place} | apostille ; legalisation of public documents ;
tax | Chamber of Tax Advisers | L:Chamber of Tax Advisers – {place} | tax advice ; tax advisory services ; tax adviser
psy | Chamber of Psychologists | L:Chamber of Psychologists – {place} | psychology ; psychological care ; psychologist
exm | | L:State Examination Office for Health Professions – {place} | licence to practise ; recognition of health qualifications ; doctor
reg | | L:Regional Government Office – {place} | recognition procedures ; administrative authorisations ;
ord | | L:Public Order Office – {place} | public order ; trade supervision ;
vto | | L:Veterinary Office – {place} | veterinary supervision ; animal health ; veterinary surgeon
wfo | | L:Economic Development Agency – {place} | economic development ; business start-up ;
[en/IE] @only
@street | {n} {s} | Main Street; O'Connell Street; Church Street; Bridge Street; Patrick Street; Shop Street; Mary Street; William Street; Harcourt Street; Merrion Square
nimic | Department of Enterprise, Trade and Employment – National IMI Coordinator
sdimic | Regional IMI Coordinator – {region}
limic | IMI Coordinator – {area}
helpdesk | National IMI Helpdesk
edu | Teaching Council | | teacher registration ; teaching ; teacher
eco | Department of Enterprise, Trade and Employment#DETE | | Services Directive ; provision of services ;
lab | Workplace Relations Commission#WRC | | posting of workers ; employment rights inspection ;
hea | Health Service Executive#HSE | | cross-border healthcare ; healthcare ;
soc | Department of Social Protection | | A1 certificate ; social security coordination ;
dpa | Data Protection Commission#DPC | | data protection ; data protection supervision ;
cpa | Competition and Consumer Protection Commission#CCPC | | consumer protection ; enforcement of consumer law ;
cul | Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media | | cultural goods ; return of cultural objects ;
int | An Garda Síochána – Firearms Policy Unit | | firearms ; firearms certificates ;
tra | Road Safety Authority#RSA | | road haulage ; operator licensing ;
rail | Commission for Railway Regulation#CRR | | train driving licence ; railway safety ; train driver
mar | Marine Survey Office | | certificates of competency ; seafarer training ; seafarer
sol | SOLVIT Ireland#SOLVIT | | SOLVIT ; internal market problem solving ;
psc | Point of Single Contact Ireland | | point of single contact ; online procedures ;
jus | Department of Foreign Affairs – Authentication and Apostille | | apostille ; authentication of documents ;
enic | Quality and Qualifications Ireland#QQI | | recognition of qualifications ; NARIC Ireland ;
med | Medical Council | | medical register ; medical practice ; doctor
den | Dental Council | | dental register ; dental practice ; dentist
pha | Pharmaceutical Society of Ireland#PSI | | pharmacy ; pharmaceutical practice ; pharmacist
arc | Royal Institute of the Architects of Ireland#RIAI | | architect registration ; architecture ; architect
vet | Veterinary Council of Ireland#VCI | | veterinary register ; veterinary practice ; veterinary surgeon
law | Law Society of Ireland | | solicitors ; legal services ; solicitor
eng | Engineers Ireland | | chartered engineers ; engineering ; engineer
nur | Nursing and Midwifery Board of Ireland#NMBI | | nursing ; nursing care ; nurse
cci | Chambers Ireland | L:{city} Chamber | chamber of commerce ; business support ;
mun | | L:{x} Council | local authority ; business permits ;
civ | | L:Civil Registration Service – {city} | civil registration ; civil status certificates ;
lio | | L:Workplace Relations Commission – {city} Office | employment rights ; checks on posted workers ;
pol | | L:An Garda Síochána – {city} Garda Station | firearms ; firearms certificates ;
hlt | | L:HSE Public Health – {city} | public health ; healthcare ;
trd | | L:District Court Office – {city} | court records ; certified public documents ;

bld | | L:{x} Council – Building Control | building control ; commencement notices ;
crt | | L:Courts Service – {city} District Court Office | court records ; certified public documents ;
[en/MT]
nimic | Ministry for the Economy – National IMI Coordinator
edu | Ministry for Education
eco | Ministry for the Economy
lab | Department for Industrial and Employment Relations#DIER
soc | Department of Social Security
dpa | Information and Data Protection Commissioner#IDPC
cpa | Malta Competition and Consumer Affairs Authority#MCCAA
cul | Superintendence of Cultural Heritage
int | Malta Police Force
tra | Transport Malta
sol | SOLVIT Malta#SOLVIT
enic | Malta Qualifications Recognition Information Centre#MQRIC
jus | Ministry for Foreign Affairs – Legalisation Unit
med | Medical Council
pha | Pharmacy Council
arc | Chamber of Architects and Civil Engineers
law | Chamber of Advocates
not | Notarial Council
nur | Council for Nurses and Midwives
cci | Malta Chamber of Commerce, Enterprise and Industry
mun | | L:{city} Local Council

[ga]
@street | {n} {s} | Sráid Mhór; Sráid an tSéipéil; Sráid an Droichid; Bóthar an Stáisiúin; Cearnóg an Mhargaidh
@email | eolas; fiosruithe; oifig
@branch | oifig
nimic | An Roinn Fiontar, Trádála agus Fostaíochta – Comhordaitheoir Náisiúnta IMI
sdimic | Comhordaitheoir Réigiúnach IMI – {region}
limic | Comhordaitheoir IMI – {area}
helpdesk | Deasc Chabhrach Náisiúnta IMI
edu | An Chomhairle Mhúinteoireachta | | ; múinteoireacht ; múinteoir
eco | An Roinn Fiontar, Trádála agus Fostaíochta
lab | An Coimisiún um Chaidreamh san Áit Oibre
hea | Feidhmeannacht na Seirbhíse Sláinte
soc | An Roinn Coimirce Sóisialaí
dpa | An Coimisiún um Chosaint Sonraí
cpa | An Coimisiún um Iomaíocht agus um Chosaint Tomhaltóirí
int | An Garda Síochána
tra | An tÚdarás um Shábháilteacht ar Bhóithre
sol | SOLVIT Éire#SOLVIT
jus | An Roinn Gnóthaí Eachtracha
med | Comhairle na nDochtúirí Leighis | | ; ; dochtúir
law | Dlí-Chumann na hÉireann | | ; ; aturnae

[mt]
@street | {n}, {s} | Triq ir-Repubblika; Triq il-Merkanti; Triq San Pawl; Triq il-Kbira; Triq il-Kunvent; Pjazza San Ġorġ; Triq l-Università; Triq Sant'Anna; Triq il-Mosta; Triq il-Kappillan Mifsud
@email | info; registry; kuntatt
@branch | uffiċċju
nimic | Ministeru għall-Ekonomija – Koordinatur Nazzjonali tal-IMI
sdimic | Koordinatur Reġjonali tal-IMI – {region}
limic | Koordinatur tal-IMI – {area}
helpdesk | Helpdesk Nazzjonali tal-IMI
edu | Ministeru għall-Edukazzjoni | | rikonoxximent tal-kwalifiki tal-għalliema ; edukazzjoni ; għalliem
eco | Ministeru għall-Ekonomija | | direttiva dwar is-servizzi ; provvista ta' servizzi ;
lab | Dipartiment għar-Relazzjonijiet Industrijali u tal-Impjiegi#DIER | | ħaddiema stazzjonati ; spezzjoni tax-xogħol ;
hea | Ministeru għas-Saħħa | | kura tas-saħħa transfruntiera ; kura tas-saħħa ;
soc | Dipartiment tas-Sigurtà Soċjali | | ċertifikat A1 ; koordinazzjoni tas-sigurtà soċjali ;
dpa | Uffiċċju tal-Kummissarju għall-Informazzjoni u l-Protezzjoni tad-Data#IDPC | | protezzjoni tad-data ; superviżjoni ;
cpa | Awtorità għall-Kompetizzjoni u għall-Affarijiet tal-Konsumatur#MCCAA | | protezzjoni tal-konsumatur ; infurzar tal-liġi tal-konsumatur ;
cul | Sovrintendenza tal-Patrimonju Kulturali | | oġġetti kulturali ; ritorn ta' oġġetti kulturali ;
int | Korp tal-Pulizija ta' Malta | | armi tan-nar ; liċenzji tal-armi ;
tra | Transport Malta | | trasport bit-triq ; liċenzja Komunitarja ;
sol | Ċentru SOLVIT Malta#SOLVIT | | SOLVIT ; soluzzjoni ta' problemi tas-suq intern ;
jus | Ministeru għall-Affarijiet Barranin – Legalizzazzjoni | | apostille ; dokumenti pubbliċi ;
enic | Ċentru Malti għar-Rikonoxximent tal-Kwalifiki u l-Informazzjoni#MQRIC | | rikonoxximent tal-kwalifiki ; ekwivalenza ;
med | Kunsill Mediku | | reġistru mediku ; prattika medika ; tabib
pha | Kunsill tal-Ispiżerija | | spiżerija ; prattika farmaċewtika ; spiżjar
arc | Kamra tal-Periti | | periti ; disinn arkitettoniku ; perit
law | Kamra tal-Avukati | | avukatura ; servizzi legali ; avukat
not | Kunsill Notarili | | atti notarili ; servizzi notarili ; nutar
nur | Kunsill tal-Infermiera u l-Qwiebel | | infermerija ; kura tal-infermerija ; infermier
cci | Kamra tal-Kummerċ, l-Intrapriża u l-Industrija | | kamra tal-kummerċ ; appoġġ lin-negozji ;
mun | | L:Kunsill Lokali {city} | kunsill lokali ; permessi ;
)TABLE",
  };
}

}  // namespace imi::directory_gen
