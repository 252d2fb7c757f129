//! Built-in gazetteer: countries (UN members and a few others) with adjectives and capitals,
//! major sub-national regions, cities and ports. Compact text data, parsed once on first use.
//!
//! Line format: `C|code|names|adjectives|capitals` for countries, `R|code|names|adjectives` for
//! regions, `T|code|names` for cities and ports, `O|code|names` for offices that name a country
//! ("Foreign Office"). Country names are `;`-separated alternatives (the first is displayed);
//! in other lines `;` separates places and `=` separates a place's aliases.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    Region,
    City,
    Capital,
    Office,
}

/// One entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub code: &'static str,
    pub name: &'static str,
    pub kind: PlaceKind,
}

/// The parsed gazetteer: exact-case surface form -> place.
pub struct Gazetteer {
    pub by_form: HashMap<&'static str, Place>,
    pub country_names: HashMap<&'static str, &'static str>,
    /// Longest surface form, in words (bounds the lookup window).
    pub max_words: usize,
}

impl Gazetteer {
    /// The display name of a country code.
    pub fn country_name(&self, code: &str) -> Option<&'static str> {
        self.country_names.get(code).copied()
    }

    /// Looks up an exact surface form.
    pub fn get(&self, form: &str) -> Option<Place> {
        self.by_form.get(form).copied()
    }
}

/// The shared gazetteer.
pub fn gazetteer() -> &'static Gazetteer {
    static CELL: OnceLock<Gazetteer> = OnceLock::new();
    CELL.get_or_init(build)
}

fn build() -> Gazetteer {
    let mut by_form = HashMap::new();
    let mut country_names = HashMap::new();
    let mut max_words = 1;
    let mut add = |form: &'static str, place: Place, by_form: &mut HashMap<&'static str, Place>| {
        let form = form.trim();
        if form.is_empty() {
            return;
        }
        max_words = max_words.max(form.split_whitespace().count());
        // Countries win over same-named regions or cities ("Georgia", "Luxembourg").
        match by_form.get(form) {
            Some(existing) if rank(existing.kind) <= rank(place.kind) => {}
            _ => {
                by_form.insert(form, place);
            }
        }
    };
    for line in DATA.lines() {
        let mut fields = line.trim().split('|');
        let (Some(tag), Some(code), Some(names)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let adjectives = fields.next().unwrap_or("");
        let extra = fields.next().unwrap_or("");
        let kind = match tag {
            "C" => PlaceKind::Country,
            "R" => PlaceKind::Region,
            "T" => PlaceKind::City,
            "O" => PlaceKind::Office,
            _ => continue,
        };
        if kind != PlaceKind::Country {
            // Regions, cities, offices: `;` separates places, `=` separates aliases.
            for (n, group) in names.split(';').enumerate() {
                let display = group.split('=').next().unwrap_or(group).trim();
                let place = Place {
                    code,
                    name: display,
                    kind,
                };
                let adjectives = if n == 0 { adjectives } else { "" };
                for form in group.split('=').chain(adjectives.split(';')) {
                    add(form, place, &mut by_form);
                }
            }
            continue;
        }
        let display = names.split(';').next().unwrap_or(names).trim();
        country_names.insert(code, display);
        let place = Place {
            code,
            name: display,
            kind,
        };
        for form in names.split(';').chain(adjectives.split(';')) {
            add(form, place, &mut by_form);
        }
        {
            let first_capital = extra.split(';').next().unwrap_or("").trim();
            for capital in extra.split(';') {
                let place = Place {
                    code,
                    name: first_capital,
                    kind: PlaceKind::Capital,
                };
                add(capital, place, &mut by_form);
            }
        }
    }
    Gazetteer {
        by_form,
        country_names,
        max_words,
    }
}

fn rank(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::Country => 0,
        PlaceKind::Office => 1,
        PlaceKind::Capital => 2,
        PlaceKind::Region => 3,
        PlaceKind::City => 4,
    }
}

const DATA: &str = "\
C|AF|Afghanistan|Afghan|Kabul
C|AL|Albania|Albanian|Tirana
C|DZ|Algeria|Algerian|Algiers
C|AD|Andorra|Andorran|Andorra la Vella
C|AO|Angola|Angolan|Luanda
C|AG|Antigua and Barbuda|Antiguan|
C|AR|Argentina;Argentine Republic|Argentine;Argentinian|Buenos Aires
C|AM|Armenia;Republic of Armenia|Armenian|Yerevan
C|AU|Australia;Commonwealth of Australia|Australian|Canberra
C|AT|Austria|Austrian|Vienna
C|AZ|Azerbaijan;Republic of Azerbaijan|Azerbaijani;Azeri;Azerbaijanian|Baku
C|BS|Bahamas|Bahamian|Nassau
C|BH|Bahrain;Kingdom of Bahrain|Bahraini|Manama
C|BD|Bangladesh|Bangladeshi|Dhaka
C|BB|Barbados|Barbadian|Bridgetown
C|BY|Belarus;Republic of Belarus|Belarusian;Belarussian|Minsk
C|BE|Belgium;Kingdom of Belgium|Belgian|Brussels
C|BZ|Belize|Belizean|Belmopan
C|BJ|Benin|Beninese|Porto-Novo
C|BT|Bhutan|Bhutanese|Thimphu
C|BO|Bolivia|Bolivian|La Paz;Sucre
C|BA|Bosnia and Herzegovina;Bosnia|Bosnian|Sarajevo
C|BW|Botswana|Botswanan;Motswana|Gaborone
C|BR|Brazil;Federative Republic of Brazil|Brazilian|Brasília;Brasilia
C|BN|Brunei;Brunei Darussalam|Bruneian|Bandar Seri Begawan
C|BG|Bulgaria|Bulgarian|Sofia
C|BF|Burkina Faso|Burkinabe|Ouagadougou
C|BI|Burundi|Burundian|Gitega
C|CV|Cabo Verde;Cape Verde|Cape Verdean|Praia
C|KH|Cambodia|Cambodian|Phnom Penh
C|CM|Cameroon|Cameroonian|Yaoundé;Yaounde
C|CA|Canada|Canadian|Ottawa
C|CF|Central African Republic||Bangui
C|TD|Chad|Chadian|N'Djamena
C|CL|Chile|Chilean|Santiago
C|CN|China;People's Republic of China;PRC|Chinese|Beijing
C|CO|Colombia|Colombian|Bogotá;Bogota
C|KM|Comoros|Comorian|Moroni
C|CG|Republic of the Congo;Congo-Brazzaville||Brazzaville
C|CD|Democratic Republic of the Congo;DR Congo;DRC;Congo|Congolese|Kinshasa
C|CR|Costa Rica|Costa Rican|San José;San Jose
C|CI|Côte d'Ivoire;Cote d'Ivoire;Ivory Coast|Ivorian|Yamoussoukro
C|HR|Croatia|Croatian|Zagreb
C|CU|Cuba|Cuban|Havana
C|CY|Cyprus|Cypriot|Nicosia
C|CZ|Czech Republic;Czechia|Czech|Prague
C|DK|Denmark|Danish|Copenhagen
C|DJ|Djibouti|Djiboutian|
C|DM|Dominica||Roseau
C|DO|Dominican Republic|Dominican|Santo Domingo
C|EC|Ecuador|Ecuadorian|Quito
C|EG|Egypt;Arab Republic of Egypt|Egyptian|Cairo
C|SV|El Salvador|Salvadoran|San Salvador
C|GQ|Equatorial Guinea|Equatoguinean|Malabo
C|ER|Eritrea|Eritrean|Asmara
C|EE|Estonia|Estonian|Tallinn
C|SZ|Eswatini;Swaziland|Swazi|Mbabane
C|ET|Ethiopia|Ethiopian|Addis Ababa
C|FJ|Fiji|Fijian|Suva
C|FI|Finland|Finnish|Helsinki
C|FR|France;French Republic|French|Paris
C|GA|Gabon|Gabonese|Libreville
C|GM|Gambia;The Gambia|Gambian|Banjul
C|GE|Georgia|Georgian|Tbilisi
C|DE|Germany;Federal Republic of Germany|German|Berlin
C|GH|Ghana|Ghanaian|Accra
C|GR|Greece;Hellenic Republic|Greek;Hellenic|Athens
C|GD|Grenada|Grenadian|
C|GT|Guatemala|Guatemalan|Guatemala City
C|GN|Guinea|Guinean|Conakry
C|GW|Guinea-Bissau|Bissau-Guinean|Bissau
C|GY|Guyana|Guyanese|Georgetown
C|HT|Haiti|Haitian|Port-au-Prince
C|HN|Honduras|Honduran|Tegucigalpa
C|HU|Hungary|Hungarian|Budapest
C|IS|Iceland|Icelandic|Reykjavik;Reykjavík
C|IN|India;Republic of India|Indian|New Delhi;Delhi
C|ID|Indonesia|Indonesian|Jakarta
C|IR|Iran;Islamic Republic of Iran|Iranian|Tehran
C|IQ|Iraq|Iraqi|Baghdad
C|IE|Ireland|Irish|Dublin
C|IL|Israel;State of Israel|Israeli|
C|IT|Italy;Italian Republic|Italian|Rome
C|JM|Jamaica|Jamaican|Kingston
C|JP|Japan|Japanese|Tokyo
C|JO|Jordan;Hashemite Kingdom of Jordan|Jordanian|Amman
C|KZ|Kazakhstan;Republic of Kazakhstan;Kazakstan|Kazakh;Kazakhstani|Astana;Nur-Sultan
C|KE|Kenya|Kenyan|Nairobi
C|KI|Kiribati||Tarawa
C|KP|North Korea;DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
C|KR|South Korea;Republic of Korea;Korea|South Korean;Korean|Seoul
C|KW|Kuwait|Kuwaiti|Kuwait City
C|KG|Kyrgyzstan;Kyrgyz Republic;Kirghizia|Kyrgyz|Bishkek
C|LA|Laos;Lao PDR;Lao People's Democratic Republic|Lao;Laotian|Vientiane
C|LV|Latvia|Latvian|Riga
C|LB|Lebanon|Lebanese|Beirut
C|LS|Lesotho|Basotho|Maseru
C|LR|Liberia|Liberian|Monrovia
C|LY|Libya|Libyan|Tripoli
C|LI|Liechtenstein|Liechtensteiner|Vaduz
C|LT|Lithuania|Lithuanian|Vilnius
C|LU|Luxembourg;Grand Duchy of Luxembourg|Luxembourgish;Luxembourger|
C|MG|Madagascar|Malagasy|Antananarivo
C|MW|Malawi|Malawian|Lilongwe
C|MY|Malaysia|Malaysian|Kuala Lumpur
C|MV|Maldives|Maldivian|Malé
C|ML|Mali|Malian|Bamako
C|MT|Malta|Maltese|Valletta
C|MH|Marshall Islands|Marshallese|Majuro
C|MR|Mauritania|Mauritanian|Nouakchott
C|MU|Mauritius|Mauritian|Port Louis
C|MX|Mexico;United Mexican States|Mexican|Mexico City
C|FM|Micronesia;Federated States of Micronesia|Micronesian|Palikir
C|MD|Moldova;Republic of Moldova|Moldovan|Chisinau;Chișinău
C|MC|Monaco|Monegasque|
C|MN|Mongolia|Mongolian|Ulaanbaatar;Ulan Bator
C|ME|Montenegro|Montenegrin|Podgorica
C|MA|Morocco;Kingdom of Morocco|Moroccan|Rabat
C|MZ|Mozambique|Mozambican|Maputo
C|MM|Myanmar;Burma|Burmese|Naypyidaw;Nay Pyi Taw
C|NA|Namibia|Namibian|Windhoek
C|NR|Nauru|Nauruan|
C|NP|Nepal|Nepalese;Nepali|Kathmandu
C|NL|Netherlands;The Netherlands;Holland;Kingdom of the Netherlands|Dutch|Amsterdam;The Hague
C|NZ|New Zealand||Wellington
C|NI|Nicaragua|Nicaraguan|Managua
C|NE|Niger|Nigerien|Niamey
C|NG|Nigeria|Nigerian|Abuja
C|MK|North Macedonia;Macedonia|Macedonian|Skopje
C|NO|Norway|Norwegian|Oslo
C|OM|Oman;Sultanate of Oman|Omani|Muscat
C|PK|Pakistan;Islamic Republic of Pakistan|Pakistani|Islamabad
C|PW|Palau|Palauan|Ngerulmud
C|PA|Panama|Panamanian|Panama City
C|PG|Papua New Guinea|Papua New Guinean|Port Moresby
C|PY|Paraguay|Paraguayan|Asunción;Asuncion
C|PE|Peru|Peruvian|Lima
C|PH|Philippines;The Philippines|Philippine;Filipino|Manila
C|PL|Poland;Republic of Poland|Polish|Warsaw
C|PT|Portugal|Portuguese|Lisbon
C|QA|Qatar;State of Qatar|Qatari|Doha
C|RO|Romania|Romanian|Bucharest
C|RU|Russia;Russian Federation|Russian|Moscow
C|RW|Rwanda|Rwandan|Kigali
C|KN|Saint Kitts and Nevis|Kittitian|Basseterre
C|LC|Saint Lucia|Saint Lucian|Castries
C|VC|Saint Vincent and the Grenadines|Vincentian|Kingstown
C|WS|Samoa|Samoan|Apia
C|SM|San Marino|Sammarinese|
C|ST|Sao Tome and Principe;São Tomé and Príncipe|Santomean|
C|SA|Saudi Arabia;Kingdom of Saudi Arabia|Saudi;Saudi Arabian|Riyadh
C|SN|Senegal|Senegalese|Dakar
C|RS|Serbia|Serbian|Belgrade
C|SC|Seychelles|Seychellois|
C|SL|Sierra Leone|Sierra Leonean|Freetown
C|SG|Singapore|Singaporean|
C|SK|Slovakia;Slovak Republic|Slovak|Bratislava
C|SI|Slovenia|Slovenian;Slovene|Ljubljana
C|SB|Solomon Islands||Honiara
C|SO|Somalia|Somali|Mogadishu
C|ZA|South Africa;Republic of South Africa|South African|Pretoria
C|SS|South Sudan|South Sudanese|Juba
C|ES|Spain;Kingdom of Spain|Spanish|Madrid
C|LK|Sri Lanka|Sri Lankan|Colombo
C|SD|Sudan|Sudanese|Khartoum
C|SR|Suriname|Surinamese|Paramaribo
C|SE|Sweden|Swedish|Stockholm
C|CH|Switzerland;Swiss Confederation|Swiss|Bern;Berne
C|SY|Syria;Syrian Arab Republic|Syrian|Damascus
C|TJ|Tajikistan;Republic of Tajikistan|Tajik;Tajikistani|Dushanbe
C|TZ|Tanzania;United Republic of Tanzania|Tanzanian|Dodoma
C|TH|Thailand;Kingdom of Thailand|Thai|Bangkok
C|TL|Timor-Leste;East Timor|Timorese|Dili
C|TG|Togo|Togolese|Lomé;Lome
C|TO|Tonga|Tongan|
C|TT|Trinidad and Tobago|Trinidadian|Port of Spain
C|TN|Tunisia|Tunisian|Tunis
C|TR|Türkiye;Turkey;Turkiye;Republic of Türkiye|Turkish|Ankara
C|TM|Turkmenistan|Turkmen|Ashgabat;Ashkhabad
C|TV|Tuvalu|Tuvaluan|Funafuti
C|UG|Uganda|Ugandan|Kampala
C|UA|Ukraine|Ukrainian|Kyiv;Kiev
C|AE|United Arab Emirates;UAE;Emirates|Emirati|Abu Dhabi
C|GB|United Kingdom;UK;U.K;Great Britain;Britain|British|London
C|US|United States;United States of America;USA;US;U.S;U.S.A;America|American|Washington
C|UY|Uruguay|Uruguayan|Montevideo
C|UZ|Uzbekistan;Republic of Uzbekistan|Uzbek;Uzbekistani|Tashkent
C|VU|Vanuatu||Port Vila
C|VE|Venezuela|Venezuelan|Caracas
C|VN|Vietnam;Viet Nam|Vietnamese|Hanoi
C|YE|Yemen|Yemeni|Sanaa;Sana'a
C|ZM|Zambia|Zambian|Lusaka
C|ZW|Zimbabwe|Zimbabwean|Harare
C|PS|Palestine;State of Palestine|Palestinian|Ramallah
C|VA|Holy See;Vatican||
C|XK|Kosovo|Kosovar|Pristina
C|TW|Taiwan|Taiwanese|Taipei
C|EU|European Union;EU||
O|GB|Foreign Secretary;Foreign Office;FCDO;Foreign, Commonwealth & Development Office;Downing Street;Whitehall
O|US|State Department;Department of State;White House
O|FR|Quai d'Orsay;Elysee;Élysée
O|RU|Kremlin
R|BE|Flanders=Flemish Region=Vlaanderen=Region of Flanders|Flemish
R|BE|Wallonia=Walloon Region|Walloon
R|BE|Brussels-Capital Region=Brussels Capital Region
R|BE|Flemish Brabant=Vlaams Brabant=Vlaams-Brabant
R|BE|Walloon Brabant
R|BE|East Flanders;West Flanders;Hainaut;Liège=Liege;Namur;Limburg
T|BE|Antwerp=Port of Antwerp=Port of Antwerp-Bruges=Antwerp-Bruges=Antwerp-Zeebrugge;Ghent;Bruges;Zeebrugge;Leuven;Charleroi;Mechelen;Ostend
R|NL|North Holland;South Holland;North Brabant;Gelderland;Utrecht;Groningen;Zeeland;Overijssel
T|NL|Rotterdam=Port of Rotterdam;Eindhoven
R|DE|Bavaria|Bavarian
R|DE|Baden-Württemberg=Baden-Wurttemberg;North Rhine-Westphalia;Hesse;Saxony;Lower Saxony;Hamburg;Bremen;Brandenburg;Thuringia;Saxony-Anhalt;Rhineland-Palatinate;Saarland;Schleswig-Holstein;Mecklenburg-Vorpommern
T|DE|Munich;Frankfurt;Cologne;Düsseldorf=Dusseldorf;Stuttgart;Leipzig;Dresden;Hanover;Nuremberg
R|FR|Île-de-France=Ile-de-France;Auvergne-Rhône-Alpes;Brittany;Normandy;Occitanie=Occitania;Grand Est;Hauts-de-France;Nouvelle-Aquitaine;Corsica;Provence-Alpes-Côte d'Azur
T|FR|Marseille;Lyon;Le Havre;Toulouse;Strasbourg;Bordeaux;Lille;Nice;Dunkirk
R|IT|Lombardy;Piedmont;Veneto;Tuscany;Emilia-Romagna;Lazio;Sicily;Sardinia;Campania;Apulia;Liguria
T|IT|Milan;Genoa;Trieste;Naples;Turin;Venice
R|ES|Catalonia|Catalan
R|ES|Basque Country|Basque
R|ES|Andalusia;Galicia;Valencian Community
T|ES|Barcelona;Bilbao;Valencia;Seville;Algeciras
R|GB|England
R|GB|Scotland|Scottish
R|GB|Wales|Welsh
R|GB|Northern Ireland
T|GB|Manchester;Birmingham;Edinburgh;Glasgow;Cardiff;Belfast;Portsmouth;Liverpool;Southampton;Felixstowe
R|US|Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming
T|US|Los Angeles;Chicago;Houston;San Francisco;Seattle;Boston;Miami;Atlanta;New Orleans
R|CA|Ontario;Quebec=Québec;British Columbia;Alberta;Manitoba;Saskatchewan;Nova Scotia;New Brunswick
T|CA|Toronto;Montreal=Montréal;Vancouver
R|AU|New South Wales;Victoria;Queensland;Western Australia;South Australia;Tasmania
T|AU|Sydney;Melbourne;Perth;Brisbane;Adelaide
R|CN|Guangdong;Jiangsu;Zhejiang;Shandong;Sichuan;Xinjiang;Hubei;Henan;Fujian;Shaanxi;Gansu;Yunnan;Hainan;Heilongjiang;Jilin;Liaoning;Inner Mongolia;Tibet;Chongqing;Tianjin;Shanghai;Hong Kong;Macau=Macao
T|CN|Guangzhou;Shenzhen;Xi'an;Wuhan;Urumqi;Chengdu;Qingdao;Ningbo;Xiamen;Lianyungang;Kashgar
R|JP|Hokkaido;Aichi=Aichi Prefecture;Kanagawa;Fukuoka;Okinawa;Hyogo
T|JP|Nagoya=Port of Nagoya;Osaka;Yokohama;Kobe;Kyoto;Sapporo;Hiroshima
T|KR|Busan;Incheon;Daegu
R|KR|Gyeonggi;Jeju
R|IN|Maharashtra;Gujarat;Tamil Nadu;Karnataka;Kerala;Uttar Pradesh;West Bengal;Rajasthan;Telangana;Andhra Pradesh;Bihar;Odisha;Assam;Goa
T|IN|Mumbai;Chennai;Kolkata;Bangalore=Bengaluru;Hyderabad;Ahmedabad
R|PK|Punjab|Punjabi
R|PK|Sindh|Sindhi
R|PK|Khyber Pakhtunkhwa;Balochistan;Gilgit-Baltistan
T|PK|Lahore;Karachi;Peshawar;Quetta;Faisalabad;Gwadar;Rawalpindi;Multan
R|IR|Ardabil=Ardabil Province;East Azerbaijan;West Azerbaijan;Gilan;Mazandaran;Golestan;Razavi Khorasan=Khorasan;Isfahan;Fars;Khuzestan;Kerman;Hormozgan;Sistan and Baluchestan
T|IR|Tabriz;Mashhad;Shiraz;Bandar Abbas;Chabahar
T|TR|Istanbul;Izmir;Antalya;Bursa;Mersin;Kars;Trabzon;Gaziantep
R|RU|Tatarstan;Bashkortostan;Astrakhan;Sverdlovsk;Chelyabinsk;Omsk;Orenburg;Samara;Krasnodar;Dagestan;Chechnya;Siberia;Primorye;Kaliningrad;Altai
T|RU|Saint Petersburg=St. Petersburg;Kazan;Novosibirsk;Yekaterinburg;Vladivostok;Murmansk;Novorossiysk
R|KZ|Almaty Region;Karaganda=Karagandy;Aktobe;Atyrau;Mangystau;Kostanay;Pavlodar;Turkestan;Zhambyl;Kyzylorda;East Kazakhstan;West Kazakhstan;North Kazakhstan;Akmola;Abai;Zhetysu;Ulytau
T|KZ|Almaty;Shymkent;Aktau;Oskemen=Ust-Kamenogorsk;Semey;Taraz;Khorgos
R|UZ|Andijan=Andijan region;Fergana=Ferghana;Namangan;Samarkand;Bukhara;Khorezm;Karakalpakstan;Navoi;Kashkadarya;Surkhandarya;Jizzakh;Syrdarya;Tashkent region
T|UZ|Termez;Nukus;Khiva
R|KG|Osh=Osh region;Chui=Chuy;Issyk-Kul;Jalal-Abad;Naryn;Talas;Batken
R|TJ|Sughd;Khatlon;Gorno-Badakhshan
T|TJ|Khujand
R|TM|Ahal;Dashoguz;Lebap
T|TM|Turkmenbashi
R|AZ|Nakhchivan;Karabakh
T|AZ|Ganja;Sumgait;Shusha;Lankaran;Sheki
R|GE|Adjara
T|GE|Batumi;Kutaisi;Poti
T|AM|Gyumri
T|MN|Darkhan;Erdenet
T|UA|Lviv;Odesa=Odessa;Kharkiv;Dnipro;Zaporizhzhia
R|UA|Crimea;Donetsk;Luhansk
R|PL|Silesia;Pomerania;Masovia
T|PL|Gdansk=Gdańsk;Krakow=Kraków;Wroclaw=Wrocław;Poznan=Poznań;Lodz=Łódź
R|BR|São Paulo=Sao Paulo;Rio de Janeiro;Minas Gerais;Bahia;Paraná
T|AE|Dubai;Sharjah
T|SA|Jeddah;Dammam
T|EG|Alexandria;Port Said;Suez
T|IL|Tel Aviv;Haifa
R|MY|Penang;Johor;Sabah;Sarawak
R|ID|Java;Bali;Sumatra
T|VN|Ho Chi Minh City;Da Nang
T|TH|Phuket
T|MA|Casablanca;Tangier
T|NG|Lagos
T|ZA|Durban;Cape Town;Johannesburg
T|KE|Mombasa
R|MX|Jalisco;Nuevo León
T|MX|Monterrey;Guadalajara
T|GR|Piraeus;Thessaloniki
T|LT|Klaipeda=Klaipėda
";
