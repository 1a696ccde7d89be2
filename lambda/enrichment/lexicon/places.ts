/**
 * Places the enricher recognises by name: countries, US states, large and newsworthy cities, regions.
 * One line per place: the canonical name, then aliases, separated by `|`. A trailing `!` marks an alias that
 * is also an everyday word: it counts only as printed (`US`, never `us`), and never in all-capital text.
 * Cities that are also common surnames or words (Austin, Jackson, Mobile, Reading) are left out on purpose:
 * a person's surname or an English word would be counted as a place.
 */
export const PLACES = `
Afghanistan
Albania
Algeria
Andorra
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China|People's Republic of China
Colombia
Comoros
Congo|Republic of the Congo
Democratic Republic of the Congo|DRC|DR Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic|Czechia
Denmark
Djibouti
Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia|Ga.
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Mauritania
Mauritius
Mexico
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nepal
Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palestine|Palestinian territories
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Somalia
South Africa
South Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Togo
Trinidad and Tobago
Tunisia
Turkey|Türkiye
Turkmenistan
Uganda
Ukraine
United Arab Emirates|UAE|U.A.E.
United Kingdom|U.K.|UK|Britain|Great Britain
United States|U.S.|US!|USA|U.S.A.|United States of America|America
Uruguay
Uzbekistan
Venezuela
Vietnam
Yemen
Zambia
Zimbabwe
Gaza|Gaza Strip
West Bank
Crimea
Kashmir
Greenland
Puerto Rico
Hong Kong
Scotland
England
Wales
Northern Ireland
Europe
Asia
Africa
Antarctica
Middle East
Latin America
North America
South America
Central America
Alabama|Ala.
Alaska
Arizona|Ariz.
Arkansas|Ark.
California|Calif.
Colorado|Colo.
Connecticut|Conn.
Delaware|Del.
Florida|Fla.
Hawaii
Idaho
Illinois|Ill.
Indiana|Ind.
Iowa
Kansas|Kan.
Kentucky|Ky.
Louisiana|La.
Maine
Maryland|Md.
Massachusetts|Mass.
Michigan|Mich.
Minnesota|Minn.
Mississippi|Miss.!
Missouri|Mo.
Montana|Mont.
Nebraska|Neb.
Nevada|Nev.
New Hampshire|N.H.
New Jersey|N.J.
New Mexico|N.M.
New York|N.Y.
North Carolina|N.C.
North Dakota|N.D.
Ohio
Oklahoma|Okla.
Oregon|Ore.
Pennsylvania|Pa.
Rhode Island|R.I.
South Carolina|S.C.
South Dakota|S.D.
Tennessee|Tenn.
Texas
Utah
Vermont|Vt.
Virginia|Va.
Washington state|Wash.
West Virginia|W.Va.
Wisconsin|Wis.
Wyoming|Wyo.
Washington|Washington, D.C.|D.C.
New York City|NYC
Los Angeles|L.A.
Chicago
Houston
Phoenix
Philadelphia
San Antonio
San Diego
Dallas
San Francisco
Seattle
Denver
Boston
Atlanta
Miami
Detroit
Baltimore
Minneapolis
Pittsburgh
Cleveland
New Orleans
Las Vegas
Albuquerque
Santa Fe
Sacramento
Portland
Nashville
Honolulu
Anchorage
Kabul
Kandahar
Herat
Mazar-i-Sharif
Jalalabad
Bagram
Islamabad
Karachi
Lahore
Peshawar
Doha
Dubai
Abu Dhabi
Riyadh
Tehran
Baghdad
Mosul
Damascus
Aleppo
Beirut
Amman
Jerusalem
Tel Aviv
Cairo
Ankara
Istanbul
Moscow
St. Petersburg
Kyiv|Kiev
Kharkiv
Odesa|Odessa
Minsk
Warsaw
Berlin
Munich
Frankfurt
Hamburg
Paris
Marseille
Lyon
London
Manchester
Liverpool
Edinburgh
Glasgow
Dublin
Belfast
Brussels
Amsterdam
The Hague
Rotterdam
Luxembourg City
Geneva
Zurich
Vienna
Prague
Budapest
Bucharest
Sofia
Belgrade
Zagreb
Athens
Rome
Milan
Naples
Venice
Madrid
Barcelona
Lisbon
Copenhagen
Stockholm
Oslo
Helsinki
Reykjavik
Tallinn
Riga
Vilnius
Beijing
Shanghai
Shenzhen
Guangzhou
Wuhan
Taipei
Seoul
Pyongyang
Tokyo
Osaka
Hiroshima
Manila
Jakarta
Bangkok
Hanoi
Ho Chi Minh City|Saigon
Kuala Lumpur
Yangon
New Delhi
Delhi
Mumbai|Bombay
Kolkata|Calcutta
Chennai
Bengaluru|Bangalore
Dhaka
Kathmandu
Colombo
Tashkent
Almaty
Astana
Tbilisi
Yerevan
Baku
Nairobi
Mogadishu
Addis Ababa
Khartoum
Tripoli
Tunis
Algiers
Rabat
Casablanca
Lagos
Abuja
Accra
Dakar
Kinshasa
Johannesburg
Cape Town
Pretoria
Harare
Luanda
Sydney
Melbourne
Canberra
Brisbane
Perth
Auckland
Wellington
Ottawa
Toronto
Montreal
Vancouver
Mexico City
Havana
Caracas
Bogota|Bogotá
Lima
Quito
Santiago
Buenos Aires
Montevideo
Sao Paulo|São Paulo
Rio de Janeiro
Brasilia|Brasília
Panama City
Guantanamo Bay|Guantanamo
Midwest|Middle West
Pacific Northwest
Great Plains
New England
Deep South
Sun Belt
Rust Belt
Appalachia
Gulf Coast
West Coast
East Coast
Upper Midwest
Balkans
Baltics
Caucasus
Scandinavia
Siberia
Sahel
Horn of Africa
Persian Gulf
Patagonia
Amazon basin
Alberta
British Columbia
Manitoba
New Brunswick
Newfoundland and Labrador|Newfoundland
Nova Scotia
Ontario
Prince Edward Island
Quebec
Saskatchewan
Yukon
Nunavut
Northwest Territories
New South Wales|NSW
Queensland
South Australia
Tasmania
Western Australia
Northern Territory
Australian Capital Territory
Andhra Pradesh
Arunachal Pradesh
Assam
Bihar
Chhattisgarh
Goa
Gujarat
Haryana
Himachal Pradesh
Jharkhand
Karnataka
Kerala
Madhya Pradesh
Maharashtra
Manipur
Meghalaya
Mizoram
Nagaland
Odisha|Orissa
Rajasthan
Sikkim
Tamil Nadu
Telangana
Tripura
Uttar Pradesh
Uttarakhand
West Bengal
Punjab
Sindh
Khyber Pakhtunkhwa
Balochistan|Baluchistan
Gilgit-Baltistan
Azad Kashmir
Abia
Adamawa
Akwa Ibom
Anambra
Bauchi
Bayelsa
Benue
Borno
Cross River State
Delta State
Ebonyi
Edo State
Ekiti
Enugu
Gombe
Imo State
Jigawa
Kaduna
Kano State
Katsina
Kebbi
Kogi
Kwara
Lagos State
Nasarawa
Niger State
Ogun
Ondo
Osun
Oyo
Plateau State
Rivers State
Sokoto
Taraba
Yobe
Zamfara
Baden-Württemberg|Baden-Wurttemberg
Bavaria
Brandenburg
Hesse
Lower Saxony
Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern
North Rhine-Westphalia
Rhineland-Palatinate
Saarland
Saxony
Saxony-Anhalt
Schleswig-Holstein
Thuringia
Acre
Alagoas
Amapá|Amapa
Amazonas
Bahia
Ceará|Ceara
Espírito Santo|Espirito Santo
Goiás|Goias
Maranhão|Maranhao
Mato Grosso
Mato Grosso do Sul
Minas Gerais
Pará
Paraíba|Paraiba
Paraná|Parana
Pernambuco
Piauí|Piaui
Rio Grande do Norte
Rio Grande do Sul
Rondônia|Rondonia
Roraima
Santa Catarina
Sergipe
Tocantins
West Midlands
East Midlands
East Anglia
Yorkshire
Lancashire
Merseyside
Greater Manchester
Greater London
Kent
Essex
Surrey
Sussex
Devon
Cornwall
Cumbria
Northumberland
Home Counties
Catalonia
Andalusia
Basque Country
Galicia
Tuscany
Lombardy
Sicily
Sardinia
Provence
Brittany
Normandy
Alsace
Corsica
Flanders
Wallonia
Chiapas
Oaxaca
Jalisco
Sonora
Chihuahua
Sinaloa
Tamaulipas
Nuevo León|Nuevo Leon
Baja California
Guangdong
Sichuan
Xinjiang
Tibet
Hubei
Yunnan
Inner Mongolia
Hokkaido
Okinawa
Mindanao
Luzon
Java
Bali
Sumatra
Borneo
Darfur
Tigray
Amhara
Oromia
Donbas|Donbass
Donetsk
Luhansk
Zaporizhzhia
Kherson
Chechnya
Kurdistan
Anbar
Idlib
Helmand
Khorasan
`;
