/**
 * Organizations the enricher recognises by name, with the aliases folded into one canonical name.
 * Same format as `places.ts`: canonical name, then aliases, separated by `|`; a trailing `!` marks an alias
 * that is also an everyday word (`IS` the group, not the verb `is`). Affiliates that act on their
 * own (ISIS-K) are their own entries: longest match wins, so `ISIS-K` is never counted as `ISIS`.
 */
export const ORGANIZATIONS = `
Taliban
Islamic State group|Islamic State|IS group|IS!|ISIS|ISIL|Daesh|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Islamic State militant group
ISIS-K|IS-K|ISIS-Khorasan|Islamic State Khorasan|Islamic State-Khorasan|Islamic State Khorasan Province|ISKP
al-Qaida|al-Qaeda|al Qaeda|al Qaida|Al Qaeda|al-Qa'ida
al-Shabab|al-Shabaab|Al-Shabaab
Boko Haram
Hamas
Hezbollah|Hizbollah
Houthis|Houthi rebels
Haqqani network
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
National Security Agency|NSA
National Security Council|NSC
Pentagon
Joint Chiefs of Staff
White House
State Department|Department of State
Defense Department|Department of Defense|DOD|DoD
Justice Department|Department of Justice|DOJ
Department of Homeland Security|Homeland Security Department|DHS
Treasury Department|Treasury
Congress
Senate
Parliament
House of Representatives
Supreme Court
Federal Reserve|Fed!
Internal Revenue Service|IRS
Environmental Protection Agency|EPA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
Federal Aviation Administration|FAA
Securities and Exchange Commission|SEC!
NASA|National Aeronautics and Space Administration
U.S. Central Command|Central Command|CENTCOM
Democratic Party
Republican Party|GOP
United Nations|U.N.|UN
UN Security Council|U.N. Security Council|Security Council
UNICEF
World Health Organization|WHO!
World Bank
International Monetary Fund|IMF
World Trade Organization|WTO
International Criminal Court|ICC
North Atlantic Treaty Organization|NATO|Nato
European Union|EU|E.U.
European Commission
Kremlin
Red Cross|International Committee of the Red Cross|ICRC
Amnesty International
Human Rights Watch
Doctors Without Borders|Medecins Sans Frontieres|MSF
Associated Press|AP!
Reuters
Agence France-Presse|AFP
BBC
CNN
The New York Times|New York Times
The Washington Post|Washington Post
Albuquerque Journal
Apple
Google
Microsoft
Amazon
Meta
Facebook
Twitter
Tesla
Boeing
Lockheed Martin
General Motors|GM
Ford Motor Co.|Ford Motor Company
Exxon Mobil|ExxonMobil
Pfizer
Moderna
Johnson & Johnson
Goldman Sachs
Morgan Stanley
Citigroup
Bank of America
Wells Fargo
BlackRock
New York Stock Exchange|NYSE
Nasdaq
JPMorgan Chase|JPMorgan
Harvard University|Harvard
Stanford University|Stanford
Yale University|Yale
Massachusetts Institute of Technology|MIT
University of New Mexico|UNM
Walmart|Wal-Mart
Costco
Target Corp.
Kroger
Home Depot
Alphabet
Nvidia
Intel
IBM
Oracle
Samsung|Samsung Electronics
Sony
Toyota|Toyota Motor
Honda
Nissan
Hyundai
Volkswagen|VW
BMW
Mercedes-Benz
Siemens
BASF
Bayer
Deutsche Bank
Deutsche Bahn
Lufthansa
Airbus
Shell!|Royal Dutch Shell
BP
Chevron
TotalEnergies
Saudi Aramco|Aramco
Nestlé|Nestle
Unilever
HSBC
Barclays
Lloyds Banking Group|Lloyds
UBS
Glencore
Rio Tinto
BHP
Tata Group|Tata
Reliance Industries|Reliance!
Infosys
Eskom
Sasol
Transnet
MTN|MTN Group
Safaricom
Dangote Group|Dangote
NNPC|Nigerian National Petroleum Company Limited
Jollibee
Uber
Airbnb
Netflix
Disney|Walt Disney Co.
Starbucks
McDonald's|McDonald’s
Coca-Cola
PepsiCo
Delta Air Lines
United Airlines
American Airlines
Southwest Airlines
FedEx
UPS
Morningstar
Moody's|Moody’s
S&P Global
Bloomberg
Fitch Ratings|Fitch
Deloitte
KPMG
PwC|PricewaterhouseCoopers
EY|Ernst & Young
McKinsey|McKinsey & Company
Al Jazeera
Sky News
ITV
Channel 4
Fox News
NBC|NBC News
CBS|CBS News
ABC News
NPR
PBS
CNBC
The Guardian|Guardian!
The Times|Times!
The Telegraph|Daily Telegraph
Financial Times|FT
The Wall Street Journal|Wall Street Journal|WSJ
USA Today
Los Angeles Times
The Economist|Economist!
Der Spiegel|Spiegel
Süddeutsche Zeitung|Sueddeutsche Zeitung
Frankfurter Allgemeine Zeitung|FAZ
Die Zeit
Deutsche Welle|DW
The Hindu
Times of India
Hindustan Times
Dawn!
Punch!
Vanguard!
The Irish Times|Irish Times
RTÉ|RTE
CBC|Canadian Broadcasting Corporation
Globe and Mail
Rappler
Philippine Daily Inquirer|Inquirer!
Daily Nation|Nation Media Group
The Standard|Standard!
News24
SABC|South African Broadcasting Corporation
Press Trust of India
Xinhua
TASS
Labour Party|Labour!
Conservative Party|Conservatives!|Tories|Tory party
Liberal Democrats|Lib Dems
Scottish National Party|SNP
Reform UK
Plaid Cymru
Democratic Unionist Party|DUP
Sinn Féin|Sinn Fein
Fianna Fáil|Fianna Fail
Fine Gael
Bharatiya Janata Party|BJP
Indian National Congress
Aam Aadmi Party|AAP
Trinamool Congress|TMC
Pakistan Tehreek-e-Insaf|PTI
Pakistan Muslim League-Nawaz|PML-N
Pakistan Peoples Party|PPP
All Progressives Congress|APC
Peoples Democratic Party|PDP
Labour Party of Nigeria
African National Congress|ANC
Democratic Alliance
Economic Freedom Fighters|EFF
Christian Democratic Union|CDU
Social Democratic Party|SPD
Alternative for Germany|AfD
Free Democratic Party|FDP
Liberal Party of Canada
Conservative Party of Canada
New Democratic Party|NDP
Australian Labor Party|Labor!
Workers' Party|Workers’ Party|PT
Orange Democratic Movement|ODM
United Democratic Alliance|UDA
African Union|AU
Economic Community of West African States|ECOWAS
Organization of the Petroleum Exporting Countries|OPEC
Group of Seven|G7|G-7
Group of 20|G20|G-20
International Atomic Energy Agency|IAEA
United Nations Development Programme|UNDP
World Food Programme|WFP
UN refugee agency|UNHCR|United Nations High Commissioner for Refugees
International Labour Organization|ILO
Interpol
Europol
European Central Bank|ECB
Bank of England
Reserve Bank of India|RBI
Central Bank of Nigeria|CBN
State Bank of Pakistan
South African Reserve Bank
Bundesbank
Bank of Canada
Reserve Bank of Australia
National Health Service|NHS
NHS England
Metropolitan Police|Met Police|Scotland Yard
Crown Prosecution Service|CPS
Ofcom
Ofgem
Ofsted
Network Rail
Transport for London|TfL
Environment Agency
Met Office
House of Commons
House of Lords
Downing Street
Bundestag
Bundesrat
Lok Sabha
Rajya Sabha
National Assembly
Dáil|Dáil Éireann|Dail
Oireachtas
Knesset
Duma|State Duma
Election Commission of India
Independent Electoral and Boundaries Commission|IEBC
Economic and Financial Crimes Commission|EFCC
National Accountability Bureau|NAB
Kenya Wildlife Service|KWS
Greenpeace
WWF|World Wide Fund for Nature|World Wildlife Fund
Oxfam
Save the Children
Salvation Army
Gates Foundation|Bill & Melinda Gates Foundation
National Rifle Association|NRA
American Civil Liberties Union|ACLU
AFL-CIO
Teamsters
United Auto Workers|UAW
Unite!|Unite the union
Unison
GMB
Trades Union Congress|TUC
Congress of South African Trade Unions|COSATU
Nigeria Labour Congress|NLC
IG Metall
Verdi!
National Football League|NFL
National Basketball Association|NBA
Major League Baseball|MLB
National Hockey League|NHL
Major League Soccer|MLS
Premier League
English Football Association|Football Association|FA
FIFA
UEFA
International Olympic Committee|IOC
International Cricket Council
Board of Control for Cricket in India|BCCI
Indian Premier League|IPL
England and Wales Cricket Board
Springboks
All Blacks
Wallabies
Manchester United|Man United
Manchester City|Man City
Liverpool FC
Chelsea FC
Arsenal!
Real Madrid
Barcelona FC|FC Barcelona|Barça
Bayern Munich|Bayern
Oxford University|University of Oxford
Cambridge University|University of Cambridge
Columbia University
Princeton University
`;
