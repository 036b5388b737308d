/// A country or territory of GeoNames' country table (`countryInfo.txt`):
/// the codes `gazetteer fetch` accepts, each with what the side table and
/// messages need.
///
/// The table is compiled in, so that country codes are checked before
/// anything is downloaded and without a network. It was made from the 252
/// rows of GeoNames' `countryInfo.txt` (the copy described in
/// `../shared/data/README.md`); **Data from GeoNames (geonames.org), CC BY
/// 4.0**. A code GeoNames adds later is refused until this table is
/// regenerated.
public struct GeoNamesCountry: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code, GeoNames' file name (`TH`).
    public var code: String
    /// ISO 3166-1 alpha-3 code (`THA`).
    public var iso3: String
    /// The English name (`Thailand`).
    public var name: String
    /// The capital (`Bangkok`); empty when GeoNames gives none.
    public var capital: String
    /// The country's own GeoNames id.
    public var geonameID: Int
    /// The codes of the countries it borders.
    public var neighbours: [String]

    /// The country with ISO code `code` (upper-case), if GeoNames lists one.
    public static func named(_ code: String) -> GeoNamesCountry? {
        byCode[code]
    }

    /// Every country, by code.
    public static let byCode: [String: GeoNamesCountry] = Dictionary(
        uniqueKeysWithValues: table.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let country = GeoNamesCountry(
                code: fields[0], iso3: fields[1], name: fields[2], capital: fields[3], geonameID: Int(fields[4]) ?? 0,
                neighbours: fields[5].split(separator: ",").map(String.init))
            return (country.code, country)
        })

    /// code, ISO3, name, capital, geonameid, neighbours: columns 1, 2, 5, 6, 17 and 18 of `countryInfo.txt`.
    private static let table = """
        AD	AND	Andorra	Andorra la Vella	3041565	ES,FR
        AE	ARE	United Arab Emirates	Abu Dhabi	290557	SA,OM
        AF	AFG	Afghanistan	Kabul	1149361	TM,CN,IR,TJ,PK,UZ
        AG	ATG	Antigua and Barbuda	St. John's	3576396	
        AI	AIA	Anguilla	The Valley	3573511	
        AL	ALB	Albania	Tirana	783754	MK,GR,ME,RS,XK
        AM	ARM	Armenia	Yerevan	174982	GE,IR,AZ,TR
        AN	ANT	Netherlands Antilles	Willemstad	8505032	GP
        AO	AGO	Angola	Luanda	3351879	CD,NA,ZM,CG
        AQ	ATA	Antarctica		6697173	
        AR	ARG	Argentina	Buenos Aires	3865483	CL,BO,UY,PY,BR
        AS	ASM	American Samoa	Pago Pago	5880801	
        AT	AUT	Austria	Vienna	2782113	CH,DE,HU,SK,CZ,IT,SI,LI
        AU	AUS	Australia	Canberra	2077456	
        AW	ABW	Aruba	Oranjestad	3577279	
        AX	ALA	Aland Islands	Mariehamn	661882	
        AZ	AZE	Azerbaijan	Baku	587116	GE,IR,AM,TR,RU
        BA	BIH	Bosnia and Herzegovina	Sarajevo	3277605	HR,ME,RS
        BB	BRB	Barbados	Bridgetown	3374084	
        BD	BGD	Bangladesh	Dhaka	1210997	MM,IN
        BE	BEL	Belgium	Brussels	2802361	DE,NL,LU,FR
        BF	BFA	Burkina Faso	Ouagadougou	2361809	NE,BJ,GH,CI,TG,ML
        BG	BGR	Bulgaria	Sofia	732800	MK,GR,RO,TR,RS
        BH	BHR	Bahrain	Manama	290291	
        BI	BDI	Burundi	Gitega	433561	TZ,CD,RW
        BJ	BEN	Benin	Porto-Novo	2395170	NE,TG,BF,NG
        BL	BLM	Saint Barthelemy	Gustavia	3578476	
        BM	BMU	Bermuda	Hamilton	3573345	
        BN	BRN	Brunei	Bandar Seri Begawan	1820814	MY
        BO	BOL	Bolivia	Sucre	3923057	PE,CL,PY,BR,AR
        BQ	BES	Bonaire, Saint Eustatius and Saba 		7626844	
        BR	BRA	Brazil	Brasilia	3469034	SR,PE,BO,UY,GY,PY,GF,VE,CO,AR
        BS	BHS	Bahamas	Nassau	3572887	
        BT	BTN	Bhutan	Thimphu	1252634	CN,IN
        BV	BVT	Bouvet Island		3371123	
        BW	BWA	Botswana	Gaborone	933860	ZW,ZA,NA
        BY	BLR	Belarus	Minsk	630336	PL,LT,UA,RU,LV
        BZ	BLZ	Belize	Belmopan	3582678	GT,MX
        CA	CAN	Canada	Ottawa	6251999	US
        CC	CCK	Cocos Islands	West Island	1547376	
        CD	COD	Democratic Republic of the Congo	Kinshasa	203312	TZ,CF,SS,RW,ZM,BI,UG,CG,AO
        CF	CAF	Central African Republic	Bangui	239880	TD,SD,CD,SS,CM,CG
        CG	COG	Republic of the Congo	Brazzaville	2260494	CF,GA,CD,CM,AO
        CH	CHE	Switzerland	Bern	2658434	DE,IT,LI,FR,AT
        CI	CIV	Ivory Coast	Yamoussoukro	2287781	LR,GH,GN,BF,ML
        CK	COK	Cook Islands	Avarua	1899402	
        CL	CHL	Chile	Santiago	3895114	PE,BO,AR
        CM	CMR	Cameroon	Yaounde	2233387	TD,CF,GA,GQ,CG,NG
        CN	CHN	China	Beijing	1814991	LA,BT,TJ,KZ,MN,AF,NP,MM,KG,PK,KP,RU,VN,IN
        CO	COL	Colombia	Bogota	3686110	EC,PE,PA,BR,VE
        CR	CRI	Costa Rica	San Jose	3624060	PA,NI
        CS	SCG	Serbia and Montenegro	Belgrade	8505033	AL,HU,MK,RO,HR,BA,BG
        CU	CUB	Cuba	Havana	3562981	US
        CV	CPV	Cabo Verde	Praia	3374766	
        CW	CUW	Curacao	 Willemstad	7626836	
        CX	CXR	Christmas Island	Flying Fish Cove	2078138	
        CY	CYP	Cyprus	Nicosia	146669	
        CZ	CZE	Czechia	Prague	3077311	PL,DE,SK,AT
        DE	DEU	Germany	Berlin	2921044	CH,PL,NL,DK,BE,CZ,LU,FR,AT
        DJ	DJI	Djibouti	Djibouti	223816	ER,ET,SO
        DK	DNK	Denmark	Copenhagen	2623032	DE
        DM	DMA	Dominica	Roseau	3575830	
        DO	DOM	Dominican Republic	Santo Domingo	3508796	HT
        DZ	DZA	Algeria	Algiers	2589581	NE,EH,LY,MR,TN,MA,ML
        EC	ECU	Ecuador	Quito	3658394	PE,CO
        EE	EST	Estonia	Tallinn	453733	RU,LV
        EG	EGY	Egypt	Cairo	357994	LY,SD,IL,PS
        EH	ESH	Western Sahara	El-Aaiun	2461445	DZ,MR,MA
        ER	ERI	Eritrea	Asmara	338010	ET,SD,DJ
        ES	ESP	Spain	Madrid	2510769	AD,PT,GI,FR,MA
        ET	ETH	Ethiopia	Addis Ababa	337996	ER,KE,SD,SS,SO,DJ
        FI	FIN	Finland	Helsinki	660013	NO,RU,SE
        FJ	FJI	Fiji	Suva	2205218	
        FK	FLK	Falkland Islands	Stanley	3474414	
        FM	FSM	Micronesia	Palikir	2081918	
        FO	FRO	Faroe Islands	Torshavn	2622320	
        FR	FRA	France	Paris	3017382	CH,DE,BE,LU,IT,AD,MC,ES
        GA	GAB	Gabon	Libreville	2400553	CM,GQ,CG
        GB	GBR	United Kingdom	London	2635167	IE
        GD	GRD	Grenada	St. George's	3580239	
        GE	GEO	Georgia	Tbilisi	614540	AM,AZ,TR,RU
        GF	GUF	French Guiana	Cayenne	3381670	SR,BR
        GG	GGY	Guernsey	St Peter Port	3042362	
        GH	GHA	Ghana	Accra	2300660	CI,TG,BF
        GI	GIB	Gibraltar	Gibraltar	2411586	ES
        GL	GRL	Greenland	Nuuk	3425505	
        GM	GMB	Gambia	Banjul	2413451	SN
        GN	GIN	Guinea	Conakry	2420477	LR,SN,SL,CI,GW,ML
        GP	GLP	Guadeloupe	Basse-Terre	3579143	
        GQ	GNQ	Equatorial Guinea	Ciudad de la Paz	2309096	GA,CM
        GR	GRC	Greece	Athens	390903	AL,MK,TR,BG
        GS	SGS	South Georgia and the South Sandwich Islands	Grytviken	3474415	
        GT	GTM	Guatemala	Guatemala City	3595528	MX,HN,BZ,SV
        GU	GUM	Guam	Hagatna	4043988	
        GW	GNB	Guinea-Bissau	Bissau	2372248	SN,GN
        GY	GUY	Guyana	Georgetown	3378535	SR,BR,VE
        HK	HKG	Hong Kong	Hong Kong	1819730	
        HM	HMD	Heard Island and McDonald Islands		1547314	
        HN	HND	Honduras	Tegucigalpa	3608932	GT,NI,SV
        HR	HRV	Croatia	Zagreb	3202326	HU,SI,BA,ME,RS
        HT	HTI	Haiti	Port-au-Prince	3723988	DO
        HU	HUN	Hungary	Budapest	719819	SK,SI,RO,UA,HR,AT,RS
        ID	IDN	Indonesia	Jakarta	1643084	PG,TL,MY
        IE	IRL	Ireland	Dublin	2963597	GB
        IL	ISR	Israel	Jerusalem	294640	SY,JO,LB,EG,PS
        IM	IMN	Isle of Man	Douglas	3042225	
        IN	IND	India	New Delhi	1269750	CN,NP,MM,BT,PK,BD
        IO	IOT	British Indian Ocean Territory	Diego Garcia	1282588	
        IQ	IRQ	Iraq	Baghdad	99237	SY,SA,IR,JO,TR,KW
        IR	IRN	Iran	Tehran	130758	TM,AF,IQ,AM,PK,AZ,TR
        IS	ISL	Iceland	Reykjavik	2629691	
        IT	ITA	Italy	Rome	3175395	CH,VA,SI,SM,FR,AT
        JE	JEY	Jersey	Saint Helier	3042142	
        JM	JAM	Jamaica	Kingston	3489940	
        JO	JOR	Jordan	Amman	248816	SY,SA,IQ,IL,PS
        JP	JPN	Japan	Tokyo	1861060	
        KE	KEN	Kenya	Nairobi	192950	ET,TZ,SS,SO,UG
        KG	KGZ	Kyrgyzstan	Bishkek	1527747	CN,TJ,UZ,KZ
        KH	KHM	Cambodia	Phnom Penh	1831722	LA,TH,VN
        KI	KIR	Kiribati	Tarawa	4030945	
        KM	COM	Comoros	Moroni	921929	
        KN	KNA	Saint Kitts and Nevis	Basseterre	3575174	
        KP	PRK	North Korea	Pyongyang	1873107	CN,KR,RU
        KR	KOR	South Korea	Seoul	1835841	KP
        KW	KWT	Kuwait	Kuwait City	285570	SA,IQ
        KY	CYM	Cayman Islands	George Town	3580718	
        KZ	KAZ	Kazakhstan	Nur-Sultan	1522867	TM,CN,KG,UZ,RU
        LA	LAO	Laos	Vientiane	1655842	CN,MM,KH,TH,VN
        LB	LBN	Lebanon	Beirut	272103	SY,IL
        LC	LCA	Saint Lucia	Castries	3576468	
        LI	LIE	Liechtenstein	Vaduz	3042058	CH,AT
        LK	LKA	Sri Lanka	Colombo	1227603	
        LR	LBR	Liberia	Monrovia	2275384	SL,CI,GN
        LS	LSO	Lesotho	Maseru	932692	ZA
        LT	LTU	Lithuania	Vilnius	597427	PL,BY,RU,LV
        LU	LUX	Luxembourg	Luxembourg	2960313	DE,BE,FR
        LV	LVA	Latvia	Riga	458258	LT,EE,BY,RU
        LY	LBY	Libya	Tripoli	2215636	TD,NE,DZ,SD,TN,EG
        MA	MAR	Morocco	Rabat	2542007	DZ,EH,ES
        MC	MCO	Monaco	Monaco	2993457	FR
        MD	MDA	Moldova	Chisinau	617790	RO,UA
        ME	MNE	Montenegro	Podgorica	3194884	AL,HR,BA,RS,XK
        MF	MAF	Saint Martin	Marigot	3578421	SX
        MG	MDG	Madagascar	Antananarivo	1062947	
        MH	MHL	Marshall Islands	Majuro	2080185	
        MK	MKD	North Macedonia	Skopje	718075	AL,GR,BG,RS,XK
        ML	MLI	Mali	Bamako	2453866	SN,NE,DZ,CI,GN,MR,BF
        MM	MMR	Myanmar	Nay Pyi Taw	1327865	CN,LA,TH,BD,IN
        MN	MNG	Mongolia	Ulaanbaatar	2029969	CN,RU
        MO	MAC	Macao	Macao	1821275	
        MP	MNP	Northern Mariana Islands	Saipan	4041468	
        MQ	MTQ	Martinique	Fort-de-France	3570311	
        MR	MRT	Mauritania	Nouakchott	2378080	SN,DZ,EH,ML
        MS	MSR	Montserrat	Plymouth	3578097	
        MT	MLT	Malta	Valletta	2562770	
        MU	MUS	Mauritius	Port Louis	934292	
        MV	MDV	Maldives	Male	1282028	
        MW	MWI	Malawi	Lilongwe	927384	TZ,MZ,ZM
        MX	MEX	Mexico	Mexico City	3996063	GT,US,BZ
        MY	MYS	Malaysia	Kuala Lumpur	1733045	BN,TH,ID
        MZ	MOZ	Mozambique	Maputo	1036973	ZW,TZ,SZ,ZA,ZM,MW
        NA	NAM	Namibia	Windhoek	3355338	ZA,BW,ZM,AO
        NC	NCL	New Caledonia	Noumea	2139685	
        NE	NER	Niger	Niamey	2440476	TD,BJ,DZ,LY,BF,NG,ML
        NF	NFK	Norfolk Island	Kingston	2155115	
        NG	NGA	Nigeria	Abuja	2328926	TD,NE,BJ,CM
        NI	NIC	Nicaragua	Managua	3617476	CR,HN
        NL	NLD	The Netherlands	Amsterdam	2750405	DE,BE
        NO	NOR	Norway	Oslo	3144096	FI,RU,SE
        NP	NPL	Nepal	Kathmandu	1282988	CN,IN
        NR	NRU	Nauru	Yaren	2110425	
        NU	NIU	Niue	Alofi	4036232	
        NZ	NZL	New Zealand	Wellington	2186224	
        OM	OMN	Oman	Muscat	286963	SA,YE,AE
        PA	PAN	Panama	Panama City	3703430	CR,CO
        PE	PER	Peru	Lima	3932488	EC,CL,BO,BR,CO
        PF	PYF	French Polynesia	Papeete	4030656	
        PG	PNG	Papua New Guinea	Port Moresby	2088628	ID
        PH	PHL	Philippines	Manila	1694008	
        PK	PAK	Pakistan	Islamabad	1168579	CN,AF,IR,IN
        PL	POL	Poland	Warsaw	798544	DE,LT,SK,CZ,BY,UA,RU
        PM	SPM	Saint Pierre and Miquelon	Saint-Pierre	3424932	
        PN	PCN	Pitcairn	Adamstown	4030699	
        PR	PRI	Puerto Rico	San Juan	4566966	
        PS	PSE	Palestinian Territory	East Jerusalem	6254930	JO,IL,EG
        PT	PRT	Portugal	Lisbon	2264397	ES
        PW	PLW	Palau	Melekeok	1559582	
        PY	PRY	Paraguay	Asuncion	3437598	BO,BR,AR
        QA	QAT	Qatar	Doha	289688	SA
        RE	REU	Reunion	Saint-Denis	935317	
        RO	ROU	Romania	Bucharest	798549	MD,HU,UA,BG,RS
        RS	SRB	Serbia	Belgrade	6290252	AL,HU,MK,RO,HR,BA,BG,ME,XK
        RU	RUS	Russia	Moscow	2017370	GE,CN,BY,UA,KZ,LV,PL,EE,LT,FI,MN,NO,AZ,KP
        RW	RWA	Rwanda	Kigali	49518	TZ,CD,BI,UG
        SA	SAU	Saudi Arabia	Riyadh	102358	QA,OM,IQ,YE,JO,AE,KW
        SB	SLB	Solomon Islands	Honiara	2103350	
        SC	SYC	Seychelles	Victoria	241170	
        SD	SDN	Sudan	Khartoum	366755	SS,TD,EG,ET,ER,LY,CF
        SE	SWE	Sweden	Stockholm	2661886	NO,FI
        SG	SGP	Singapore	Singapore	1880251	
        SH	SHN	Saint Helena	Jamestown	3370751	
        SI	SVN	Slovenia	Ljubljana	3190538	HU,IT,HR,AT
        SJ	SJM	Svalbard and Jan Mayen	Longyearbyen	607072	
        SK	SVK	Slovakia	Bratislava	3057568	PL,HU,CZ,UA,AT
        SL	SLE	Sierra Leone	Freetown	2403846	LR,GN
        SM	SMR	San Marino	San Marino	3168068	IT
        SN	SEN	Senegal	Dakar	2245662	GN,MR,GW,GM,ML
        SO	SOM	Somalia	Mogadishu	51537	ET,KE,DJ
        SR	SUR	Suriname	Paramaribo	3382998	GY,BR,GF
        SS	SSD	South Sudan	Juba	7909807	CD,CF,ET,KE,SD,UG
        ST	STP	Sao Tome and Principe	Sao Tome	2410758	
        SV	SLV	El Salvador	San Salvador	3585968	GT,HN
        SX	SXM	Sint Maarten	Philipsburg	7609695	MF
        SY	SYR	Syria	Damascus	163843	IQ,JO,IL,TR,LB
        SZ	SWZ	Eswatini	Mbabane	934841	ZA,MZ
        TC	TCA	Turks and Caicos Islands	Cockburn Town	3576916	
        TD	TCD	Chad	N'Djamena	2434508	NE,LY,CF,SD,CM,NG
        TF	ATF	French Southern Territories	Port-aux-Francais	1546748	
        TG	TGO	Togo	Lome	2363686	BJ,GH,BF
        TH	THA	Thailand	Bangkok	1605651	LA,MM,KH,MY
        TJ	TJK	Tajikistan	Dushanbe	1220409	CN,AF,KG,UZ
        TK	TKL	Tokelau		4031074	
        TL	TLS	Timor Leste	Dili	1966436	ID
        TM	TKM	Turkmenistan	Ashgabat	1218197	AF,IR,UZ,KZ
        TN	TUN	Tunisia	Tunis	2464461	DZ,LY
        TO	TON	Tonga	Nuku'alofa	4032283	
        TR	TUR	Turkey	Ankara	298795	SY,GE,IQ,IR,GR,AM,AZ,BG
        TT	TTO	Trinidad and Tobago	Port of Spain	3573591	
        TV	TUV	Tuvalu	Funafuti	2110297	
        TW	TWN	Taiwan	Taipei	1668284	
        TZ	TZA	Tanzania	Dodoma	149590	MZ,KE,CD,RW,ZM,BI,UG,MW
        UA	UKR	Ukraine	Kyiv	690791	PL,MD,HU,SK,BY,RO,RU
        UG	UGA	Uganda	Kampala	226074	TZ,KE,SS,CD,RW
        UM	UMI	United States Minor Outlying Islands		5854968	
        US	USA	United States	Washington	6252001	CA,MX,CU
        UY	URY	Uruguay	Montevideo	3439705	BR,AR
        UZ	UZB	Uzbekistan	Tashkent	1512440	TM,AF,KG,TJ,KZ
        VA	VAT	Vatican	Vatican City	3164670	IT
        VC	VCT	Saint Vincent and the Grenadines	Kingstown	3577815	
        VE	VEN	Venezuela	Caracas	3625428	GY,BR,CO
        VG	VGB	British Virgin Islands	Road Town	3577718	
        VI	VIR	U.S. Virgin Islands	Charlotte Amalie	4796775	
        VN	VNM	Vietnam	Hanoi	1562822	CN,LA,KH
        VU	VUT	Vanuatu	Port Vila	2134431	
        WF	WLF	Wallis and Futuna	Mata Utu	4034749	
        WS	WSM	Samoa	Apia	4034894	
        XK	XKX	Kosovo	Pristina	831053	RS,AL,MK,ME
        YE	YEM	Yemen	Sanaa	69543	SA,OM
        YT	MYT	Mayotte	Mamoudzou	1024031	
        ZA	ZAF	South Africa	Pretoria	953987	ZW,SZ,MZ,BW,NA,LS
        ZM	ZMB	Zambia	Lusaka	895949	ZW,TZ,MZ,CD,NA,MW,AO
        ZW	ZWE	Zimbabwe	Harare	878675	ZA,MZ,BW,ZM
        """
}
