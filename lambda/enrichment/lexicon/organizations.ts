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
`;
