/**
 * Place names a Nordic or British job ad may name as its location: every municipality of Norway (2024),
 * Sweden and Denmark, the towns and villages people name that are not municipalities, the larger towns
 * of Finland in Finnish and Swedish, and the cities and sizeable towns of the UK and Ireland. Written as
 * the registers spell them; multi-word names join their words with `_`, hyphenated names keep the hyphen.
 */
import { FINLAND_PAIRS } from './finland-names';

const names = (rows: readonly string[]): readonly string[] =>
  rows
    .join(' ')
    .split(' ')
    .map((name) => name.replace(/_/g, ' ').toLowerCase());

/** Norway's 357 municipalities (Våler and Herøy each name two), by county, plus Sámi names in common use. */
export const NORWAY_MUNICIPALITIES = names([
  // Norway: Oslo, Østfold, Akershus
  'Oslo Halden Moss Sarpsborg Fredrikstad Hvaler Råde Våler Skiptvet Rakkestad Marker Aremark Indre_Østfold',
  'Vestby Nordre_Follo Ås Frogn Nesodden Bærum Asker Aurskog-Høland Lillestrøm Lørenskog Rælingen Enebakk Nittedal',
  'Gjerdrum Ullensaker Nes Eidsvoll Nannestad Hurdal Jevnaker Lunner',
  // Norway: Buskerud
  'Drammen Kongsberg Ringerike Hole Flå Nesbyen Gol Hemsedal Ål Hol Sigdal Krødsherad Modum Øvre_Eiker Lier Flesberg',
  'Rollag Nore_og_Uvdal',
  // Norway: Innlandet
  'Kongsvinger Hamar Lillehammer Gjøvik Ringsaker Løten Stange Nord-Odal Sør-Odal Eidskog Grue Åsnes Elverum Trysil',
  'Åmot Stor-Elvdal Rendalen Engerdal Tolga Tynset Alvdal Folldal Os Dovre Lesja Skjåk Lom Vågå Nord-Fron Sel Sør-Fron',
  'Ringebu Øyer Gausdal Østre_Toten Vestre_Toten Gran Søndre_Land Nordre_Land Sør-Aurdal Etnedal Nord-Aurdal',
  'Vestre_Slidre Øystre_Slidre Vang',
  // Norway: Vestfold, Telemark
  'Horten Holmestrand Tønsberg Sandefjord Larvik Færder',
  'Porsgrunn Skien Notodden Siljan Bamble Kragerø Drangedal Nome Midt-Telemark Seljord Hjartdal Tinn Kviteseid Nissedal',
  'Fyresdal Tokke Vinje',
  // Norway: Agder
  'Risør Grimstad Arendal Kristiansand Lindesnes Farsund Flekkefjord Gjerstad Vegårshei Tvedestrand Froland Lillesand',
  'Birkenes Åmli Iveland Evje_og_Hornnes Bygland Valle Bykle Vennesla Åseral Lyngdal Hægebostad Kvinesdal Sirdal',
  // Norway: Rogaland
  'Eigersund Stavanger Haugesund Sandnes Sokndal Lund Bjerkreim Hå Klepp Time Gjesdal Sola Randaberg Strand Hjelmeland',
  'Suldal Sauda Kvitsøy Bokn Tysvær Karmøy Utsira Vindafjord',
  // Norway: Vestland
  'Bergen Kinn Etne Sveio Bømlo Stord Fitjar Tysnes Kvinnherad Ullensvang Eidfjord Ulvik Voss Kvam Samnanger',
  'Bjørnafjorden Austevoll Øygarden Askøy Vaksdal Modalen Osterøy Alver Austrheim Fedje Masfjorden Gulen Solund',
  'Hyllestad Høyanger Vik Sogndal Aurland Lærdal Årdal Luster Askvoll Fjaler Sunnfjord Bremanger Stad Gloppen Stryn',
  // Norway: Møre og Romsdal
  'Kristiansund Molde Ålesund Haram Vanylven Sande Herøy Ulstein Hareid Ørsta Stranda Sykkylven Sula Giske Vestnes',
  'Rauma Aukra Averøy Gjemnes Tingvoll Sunndal Surnadal Smøla Aure Volda Fjord Hustadvika',
  // Norway: Trøndelag
  'Trondheim Steinkjer Namsos Frøya Osen Oppdal Rennebu Røros Holtålen Midtre_Gauldal Melhus Skaun Malvik Selbu Tydal',
  'Meråker Stjørdal Frosta Levanger Verdal Snåsa Lierne Røyrvik Namsskogan Grong Høylandet Overhalla Flatanger Leka',
  'Inderøy Indre_Fosen Heim Hitra Ørland Åfjord Orkland Nærøysund Rindal',
  // Norway: Nordland
  'Bodø Narvik Bindal Sømna Brønnøy Vega Vevelstad Alstahaug Leirfjord Vefsn Grane Hattfjelldal Dønna Nesna Hemnes',
  'Rana Lurøy Træna Rødøy Meløy Gildeskål Beiarn Saltdal Fauske Sørfold Steigen Lødingen Evenes Røst Værøy Flakstad',
  'Vestvågøy Vågan Hadsel Bø Øksnes Sortland Andøy Moskenes Hamarøy',
  // Norway: Troms, Finnmark
  'Tromsø Harstad Kvæfjord Tjeldsund Ibestad Gratangen Lavangen Bardu Salangen Målselv Sørreisa Dyrøy Senja Balsfjord',
  'Karlsøy Lyngen Storfjord Kåfjord Skjervøy Nordreisa Kvænangen',
  'Alta Hammerfest Vadsø Vardø Sør-Varanger Kautokeino Loppa Hasvik Måsøy Nordkapp Porsanger Karasjok Lebesby Gamvik',
  'Berlevåg Tana Nesseby Båtsfjord',
  // Norway: Sámi names in common use
  'Guovdageaidnu Kárášjohka Porsáŋgu Deatnu Unjárga',
]);

/** Norwegian towns and villages that are not municipality names (city districts left out). */
export const NORWAY_TOWNS = names([
  // Norway
  'Sandvika Lysaker Fornebu Ski Kolbotn Drøbak Jessheim Kløfta Årnes Sørumsand Fetsund Strømmen Bjørkelangen Askim',
  'Mysen Spydeberg Hønefoss Mjøndalen Hokksund Vikersund Geilo Svelvik Revetal Stokke Tjøme Stathelle Langesund Brevik',
  'Ulefoss Rjukan Odda Norheimsund Osøyro Knarvik Kleppestø Straume Nesttun Leirvik Florø Førde Måløy Nordfjordeid',
  'Åndalsnes Brattvåg Elnesvågen Sunndalsøra Orkanger Brekstad Rørvik Kolvereid Mosjøen Sandnessjøen Brønnøysund',
  'Mo_i_Rana Svolvær Leknes Stokmarknes Finnsnes Bardufoss Setermoen Sjøvegan Storslett Lakselv Kirkenes Honningsvåg',
  'Longyearbyen Brumunddal Moelv Raufoss Lena Dokka Fagernes Otta Vinstra Dombås Rena Koppang Flisa Kirkenær Skarnes',
  'Ålgård Bryne Nærbø Egersund Jørpeland Kopervik Åkrehamn Skudeneshavn Aksdal Mandal Nodeland Stjørdalshalsen',
  'Rognan Langhus Bjerkvik Gravdal Innhavet Straumen Kjøpsvik Hemnesberget Fosnavåg Ulsteinvik Spjelkavik Hommelvik Støren',
  'Berkåk Sætre Hvalstad Bekkestua Sylling Tranby Lierbyen Vestfossen Solbergelva',
]);

/** Sweden's 290 municipalities, by county. */
export const SWEDEN_MUNICIPALITIES = names([
  // Sweden: Stockholm, Uppsala, Södermanland
  'Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn Salem Sigtuna Sollentuna',
  'Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands_Väsby Upplands-Bro Vallentuna Vaxholm Värmdö Österåker',
  'Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar',
  'Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker',
  // Sweden: Östergötland, Jönköping, Kronoberg, Kalmar, Gotland, Blekinge
  'Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping Vadstena Valdemarsvik Ydre Åtvidaberg Ödeshög',
  'Aneby Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda Värnamo',
  'Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult',
  'Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn Torsås Vimmerby Västervik Gotland',
  'Karlshamn Karlskrona Olofström Ronneby Sölvesborg',
  // Sweden: Skåne, Halland
  'Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan Kristianstad Kävlinge Landskrona',
  'Lomma Malmö Osby Perstorp Simrishamn Sjöbo Skurup Staffanstorp Svalöv Svedala Tomelilla Trelleborg Vellinge Ystad',
  'Åstorp Ängelholm Örkelljunga Östra_Göinge Lund',
  'Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg',
  // Sweden: Västra Götaland
  'Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp Gullspång Göteborg Götene',
  'Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping Lilla_Edet Lysekil Mariestad Mark Mellerud Munkedal Mölndal',
  'Orust Partille Skara Skövde Sotenäs Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo Trollhättan',
  'Töreboda Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål Öckerö',
  // Sweden: Värmland, Örebro, Västmanland, Dalarna
  'Arvika Eda Filipstad Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors Storfors Sunne Säffle Torsby',
  'Årjäng Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg Ljusnarsberg Nora Örebro',
  'Arboga Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås',
  'Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik Smedjebacken Säter Vansbro',
  'Älvdalen',
  // Sweden: Gävleborg, Västernorrland, Jämtland
  'Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn',
  'Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik Berg Bräcke Härjedalen Krokom Ragunda Strömsund Åre',
  'Östersund',
  // Sweden: Västerbotten, Norrbotten
  'Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman Umeå Vilhelmina Vindeln',
  'Vännäs Åsele Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå Pajala Piteå Älvsbyn',
  'Överkalix Övertorneå',
]);

/** Swedish seats and localities that are not municipality names. */
export const SWEDEN_LOCALITIES = names([
  // Sweden
  'Visby Sveg Svenstavik Kinna Henån Skärhamn Kungshamn Tanumshede Nödinge Fjugesta Bergsjö Edsbyn Åseda Broby Arlöv',
  'Kisa Malung Sälen Kungsängen Bålsta Handen Tumba Gustavsberg Åkersberga Kopparberg Hammarstrand Märsta Jakobsberg',
  'Järvsö Ramsjö Delsbo Alfta Idre Duved Storlien Funäsdalen Abisko Malmberget Huskvarna Bankeryd',
  'Anderstorp Landvetter Lindome Höllviken Bjärred Dalby',
]);

/** Denmark's 98 municipalities and the towns named that differ from them. */
export const DENMARK = names([
  // Denmark: Hovedstaden
  'København Frederiksberg Albertslund Ballerup Brøndby Dragør Gentofte Gladsaxe Glostrup Herlev Hvidovre Høje-Taastrup',
  'Ishøj Lyngby-Taarbæk Rødovre Tårnby Vallensbæk Allerød Egedal Fredensborg Frederikssund Furesø Gribskov Halsnæs',
  'Helsingør Hillerød Hørsholm Rudersdal Bornholm',
  // Denmark: Sjælland, Syddanmark
  'Greve Køge Lejre Roskilde Solrød Faxe Guldborgsund Holbæk Kalundborg Lolland Næstved Odsherred Ringsted Slagelse Sorø',
  'Stevns Vordingborg',
  'Assens Faaborg-Midtfyn Kerteminde Middelfart Nordfyns Nyborg Odense Svendborg Ærø Langeland Billund Esbjerg Fanø',
  'Fredericia Haderslev Kolding Sønderborg Tønder Varde Vejen Vejle Aabenraa',
  // Denmark: Midtjylland, Nordjylland
  'Favrskov Hedensted Horsens Norddjurs Odder Randers Samsø Silkeborg Skanderborg Syddjurs Aarhus Herning Holstebro',
  'Ikast-Brande Lemvig Ringkøbing-Skjern Skive Struer Viborg',
  'Brønderslev Frederikshavn Hjørring Jammerbugt Læsø Mariagerfjord Morsø Rebild Thisted Vesthimmerland Aalborg',
  // Denmark: towns
  'Copenhagen Lyngby Kongens_Lyngby Taastrup Kastrup Farum Birkerød Holte Værløse Stenløse Frederiksværk Hundested',
  'Helsinge Gilleleje Humlebæk Espergærde Rønne Nykøbing_Falster Nakskov Maribo Nykøbing_Sjælland Korsør Skælskør Haslev',
  'Stege Marstal Rudkøbing Bogense Otterup Faaborg Ringe Grindsted Ribe Bramming Rødding Vojens Gråsten Nordborg Padborg',
  'Ringkøbing Skjern Ikast Brande Nykøbing_Mors Grenaa Ebeltoft Hadsten Hinnerup Hammel Hobro Aars Nibe Støvring',
  'Skagen Sæby Hirtshals Løkken Løgstør Fjerritslev Aabybro Brovst',
]);

/**
 * Finland's larger towns and the coast's bilingual and Swedish-speaking municipalities: each bilingual one by both its
 * names (finland-names.ts), and those known by one name only.
 */
export const FINLAND = [
  ...FINLAND_PAIRS.flat().map((name) => name.toLowerCase()),
  ...names([
    'Jyväskylä Kuopio Kouvola Joensuu Seinäjoki Rovaniemi Kotka Salo Nokia Kangasala Ylöjärvi Nurmijärvi Riihimäki Imatra Kemi',
    'Korsnäs Pedersöre Esse',
  ]),
];

/** The UK's cities, county towns and sizeable towns. */
export const UK = names([
  // UK: England's cities
  'London Westminster Bath Birmingham Bradford Brighton Hove Bristol Cambridge Canterbury Carlisle Chelmsford Chester',
  'Chichester Colchester Coventry Derby Doncaster Durham Ely Exeter Gloucester Hereford Hull Kingston_upon_Hull Lancaster',
  'Leeds Leicester Lichfield Lincoln Liverpool Manchester Milton_Keynes Newcastle Newcastle_upon_Tyne Norwich Nottingham',
  'Oxford Peterborough Plymouth Portsmouth Preston Ripon Salford Salisbury Sheffield Southampton Southend-on-Sea',
  'St_Albans Stoke-on-Trent Sunderland Truro Wakefield Wells Winchester Wolverhampton Worcester York',
  // UK: Scotland, Wales, Northern Ireland
  'Aberdeen Dundee Dunfermline Edinburgh Glasgow Inverness Perth Stirling Ayr Kilmarnock Paisley Greenock Dumfries',
  'Falkirk Livingston East_Kilbride Cumbernauld Hamilton Motherwell Kirkcaldy Glenrothes St_Andrews Elgin Fort_William',
  'Oban Kirkwall Lerwick Stornoway Wick Thurso Peebles Galashiels Hawick Arbroath Montrose Forfar Peterhead Fraserburgh',
  'Cardiff Swansea Newport Wrexham Bangor St_Asaph St_Davids Aberystwyth Carmarthen Llanelli Neath Port_Talbot Bridgend',
  'Merthyr_Tydfil Pontypridd Caerphilly Barry Cwmbran Abergavenny Brecon Llandudno Rhyl Caernarfon Holyhead Haverfordwest',
  'Pembroke Tenby Mold',
  'Belfast Armagh Derry Londonderry Lisburn Newry Ballymena Coleraine Omagh Enniskillen Newtownards Portadown Craigavon',
  'Antrim Carrickfergus Larne',
  // UK: South East and London's edge
  'Reading Slough Maidstone Guildford Woking Crawley Horsham Worthing Eastbourne Hastings Lewes Tunbridge_Wells Ashford',
  'Folkestone Dover Margate Ramsgate Deal Sevenoaks Tonbridge Gravesend Dartford Chatham Rochester Gillingham',
  'Sittingbourne Faversham Whitstable Rye Battle Bognor_Regis Littlehampton Newbury Bracknell Maidenhead Windsor',
  'Basingstoke Andover Aldershot Farnborough Fareham Gosport Havant Eastleigh Ryde Cowes Banbury Bicester Abingdon Didcot',
  'Witney High_Wycombe Aylesbury Watford Stevenage Hemel_Hempstead Hertford Hitchin Letchworth Welwyn_Garden_City Ware',
  'Harlow Luton Bedford Romford',
  // UK: East of England
  'Basildon Southend Brentwood Braintree Saffron_Walden Clacton-on-Sea Harwich Ipswich Bury_St_Edmunds Lowestoft',
  'Felixstowe King\'s_Lynn Great_Yarmouth Thetford Cromer Huntingdon St_Neots Wisbech March',
  // UK: South West
  'Swindon Bournemouth Poole Dorchester Weymouth Yeovil Taunton Bridgwater Weston-super-Mare Frome Glastonbury Street',
  'Trowbridge Chippenham Devizes Cheltenham Stroud Cirencester Tewkesbury Torquay Paignton Newton_Abbot Tiverton',
  'Exmouth Honiton Barnstaple Bideford Okehampton Tavistock Penzance Falmouth St_Ives Newquay Bodmin St_Austell Redruth',
  'Camborne Launceston Bude',
  // UK: Midlands
  'Northampton Kettering Corby Wellingborough Stafford Shrewsbury Telford Ludlow Kidderminster Redditch Bromsgrove',
  'Malvern Stratford-upon-Avon Warwick Leamington_Spa Nuneaton Rugby Solihull Walsall Dudley West_Bromwich Loughborough',
  'Hinckley Melton_Mowbray Oakham Grantham Boston Skegness Scunthorpe Grimsby Mansfield Newark Worksop Chesterfield',
  'Matlock Buxton Bakewell Crewe Macclesfield',
  // UK: North
  'Kendal Penrith Keswick Whitehaven Workington Barrow-in-Furness Ulverston Ambleside Windermere Blackpool Blackburn',
  'Burnley Bolton Bury Rochdale Oldham Stockport Wigan Warrington St_Helens Southport Birkenhead Sale Hyde Huddersfield',
  'Halifax Barnsley Rotherham Dewsbury Skipton Ilkley Keighley Harrogate Knaresborough Scarborough Whitby Northallerton',
  'Richmond Thirsk Malton Beverley Bridlington Goole Selby Middlesbrough Stockton-on-Tees Darlington Hartlepool',
  'Gateshead Hexham Morpeth Alnwick Berwick-upon-Tweed',
]);

/** Ireland's larger towns. */
export const IRELAND = names([
  // Ireland
  'Dublin Cork Limerick Galway Waterford Drogheda Dundalk Swords Bray Navan Kilkenny Ennis Carlow Tralee Naas Athlone',
  'Letterkenny Sligo Wexford Mullingar Portlaoise Killarney Clonmel Celbridge Newbridge Balbriggan',
]);

/**
 * The larger cities of the countries whose boards carry English ads: Europe beyond the Nordics and Britain, the Gulf,
 * Africa, South and East Asia, the Americas and Oceania (names that are also words, "Nice" or "Split", left out).
 */
export const WORLD = names([
  'Sofia Plovdiv Varna Burgas Bucharest Cluj-Napoca Iași Timișoara Budapest Debrecen Bratislava Košice Žilina Brno Ostrava Ljubljana',
  'Zagreb Belgrade Novi_Sad Athens Thessaloniki Istanbul Ankara Izmir Wrocław Wroclaw Poznań Poznan Łódź Lodz Katowice Gdynia Lublin',
  'Kaunas Tartu Kyiv Kiev Lviv Chisinau Milan Milano Rome Roma Turin Torino Bologna Florence Naples Porto Valencia Seville Sevilla Bilbao',
  'Málaga Lyon Marseille Toulouse Lille Bordeaux Nantes Strasbourg Frankfurt Cologne Köln Düsseldorf Stuttgart Leipzig Dresden Hanover',
  'Hannover Bremen Nuremberg Nürnberg Rotterdam Utrecht Eindhoven The_Hague Antwerp Ghent Luxembourg Geneva Genève Basel Lausanne Bern',
  'Dubai Abu_Dhabi Sharjah Ajman Doha Riyadh Jeddah Dammam Al_Khobar Muscat Manama Kuwait_City Amman Beirut Cairo New_Cairo Alexandria',
  'Giza Casablanca Rabat Tunis Lagos Abuja Port_Harcourt Ibadan Accra Kumasi Nairobi Mombasa Kisumu Kampala Entebbe Kigali Dar_es_Salaam',
  'Addis_Ababa Lusaka Harare Johannesburg Cape_Town Durban Pretoria Umhlanga Port_Elizabeth Gqeberha Windhoek Gaborone',
  'Mumbai Delhi New_Delhi Bengaluru Bangalore Hyderabad Chennai Pune Kolkata Ahmedabad Noida Gurugram Gurgaon Kochi Jaipur Karachi',
  'Lahore Islamabad Faisalabad Rawalpindi Dhaka Chittagong Chattogram Gazipur Colombo Kathmandu Jakarta Surabaya Bandung Semarang',
  'Kuala_Lumpur Petaling_Jaya Shah_Alam Penang George_Town Johor_Bahru Ipoh Manila Makati Taguig Quezon_City Cebu_City Davao Bangkok',
  'Chiang_Mai Hanoi Ho_Chi_Minh_City Da_Nang Phnom_Penh Hong_Kong Kowloon Shenzhen Shanghai Beijing Guangzhou Taipei Seoul Busan',
  'Tokyo Osaka Kyoto Yokohama Nagoya Sapporo Fukuoka Sendai Auckland Wellington Christchurch Hamilton Tauranga Dunedin Gisborne',
  'Melbourne Brisbane Perth Adelaide Canberra Hobart Vancouver Calgary Edmonton Ottawa Montreal Montréal Winnipeg Halifax',
  'Los_Angeles San_Diego San_Jose Denver Dallas Houston Atlanta Miami Philadelphia Washington_DC Minneapolis Detroit',
  'Mexico_City Monterrey Guadalajara Bogotá Bogota Medellín Lima Buenos_Aires São_Paulo Sao_Paulo Rio_de_Janeiro',
]);

/**
 * v44: the Baltic states' towns of some ten thousand people and more (their capitals and Kaunas, Tartu stand above), as
 * their boards' English ads write them, with and without the diacritics (v45 added Haapsalu, Tukums and Utena once read, v46 Rokiškis; its Madona and Rapla are smaller);
 * v55: Latvia's and Lithuania's regions too, which papers and firms take their names from ("Latgale Business Weekly", "Latgale Talent SIA").
 */
export const BALTIC = names([
  'Narva Pärnu Parnu Kohtla-Järve Kohtla-Jarve Viljandi Maardu Rakvere Kuressaare Sillamäe Sillamae Valga Võru Voru Jõhvi Johvi Keila Paide Haapsalu',
  'Daugavpils Liepāja Liepaja Jelgava Jūrmala Jurmala Ventspils Rēzekne Rezekne Valmiera Ogre Jēkabpils Jekabpils Cēsis Cesis Salaspils Kuldīga Kuldiga Sigulda Tukums',
  'Latgale Vidzeme Kurzeme Zemgale Žemaitija Zemaitija Aukštaitija Aukstaitija Dzūkija Dzukija Suvalkija',
  'Klaipėda Klaipeda Šiauliai Siauliai Panevėžys Panevezys Alytus Marijampolė Marijampole Mažeikiai Mazeikiai Jonava Kėdainiai Kedainiai Telšiai Telsiai Ukmergė Ukmerge Visaginas Palanga Utena Rokiškis Rokiskis',
]);

export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...NORWAY_MUNICIPALITIES,
  ...NORWAY_TOWNS,
  ...SWEDEN_MUNICIPALITIES,
  ...SWEDEN_LOCALITIES,
  ...DENMARK,
  ...FINLAND,
  ...UK,
  ...IRELAND,
  ...BALTIC,
  ...WORLD,
]);

/**
 * Names that are also ordinary words, first names or surnames in English, Norwegian, Swedish or Danish
 * ("Hole", "Mark", "Reading"): a heading or a sentence may hold one for another reason, so alone they
 * are not a place. Every name of one to three letters is added below.
 */
const WORDS = names([
  // Norway
  'Hole Gran Lier Grue Øyer Vang Time Strand Sola Lund Tinn Kinn Alver Luster Stad Fjord Haram Stranda Frøya Osen Heim',
  'Lierne Leka Vega Røst Lyngen Loppa Marker Hvaler Råde Ski Lena Rena Flisa Bryne Moss',
  // Sweden
  'Ale Mark Berg Vara Nora Boden Kinda Tjörn Handen Sälen',
  // Denmark
  'Greve Odder Skive Varde Vejen Ringe Stege Holte Løkken',
  // Finland
  'Nokia Kemi Salo Lahti Lovisa Vanda',
  // UK, Ireland
  'Reading Bath Wells Street Deal March Ware Sale Hyde Bury Boston Chester Derby Hull Barry Mold Wick Battle Rugby',
  'Slough Paisley Hamilton Lincoln Beverley Richmond Preston Lancaster Stafford Bedford Warwick Livingston Bradford',
  'Windsor Dudley Bolton Halifax Hastings Swords Cork Bray',
]);

export const AMBIGUOUS: ReadonlySet<string> = new Set([
  ...WORDS,
  ...[...PLACE_NAMES].filter((name) => [...name].length <= 3),
]);
