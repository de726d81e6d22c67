/// The demo geography, in the same CSV format `wieg import geography` reads, so the
/// demo goes through the real importer. Province and municipality codes are CBS's;
/// rows marked `ja` under `synthetisch` are invented for the demo.
///
/// The NML region holds the 14 municipalities of the IZA samenwerkingsregio
/// Noord- en Midden-Limburg as we read seed 003; correct it by re-importing.
enum DemoGeography {
    static let csv = """
        code;naam;soort;ouder;leden;synthetisch
        NL;Nederland;land;;;nee
        PV20;Groningen;provincie;NL;;nee
        PV21;Fryslân;provincie;NL;;nee
        PV22;Drenthe;provincie;NL;;nee
        PV23;Overijssel;provincie;NL;;nee
        PV24;Flevoland;provincie;NL;;nee
        PV25;Gelderland;provincie;NL;;nee
        PV26;Utrecht;provincie;NL;;nee
        PV27;Noord-Holland;provincie;NL;;nee
        PV28;Zuid-Holland;provincie;NL;;nee
        PV29;Zeeland;provincie;NL;;nee
        PV30;Noord-Brabant;provincie;NL;;nee
        PV31;Limburg;provincie;NL;;nee
        GM1680;Aa en Hunze;gemeente;PV22;;nee
        GM0106;Assen;gemeente;PV22;;nee
        GM1681;Borger-Odoorn;gemeente;PV22;;nee
        GM0109;Coevorden;gemeente;PV22;;nee
        GM1690;De Wolden;gemeente;PV22;;nee
        GM0114;Emmen;gemeente;PV22;;nee
        GM0118;Hoogeveen;gemeente;PV22;;nee
        GM0119;Meppel;gemeente;PV22;;nee
        GM1731;Midden-Drenthe;gemeente;PV22;;nee
        GM1699;Noordenveld;gemeente;PV22;;nee
        GM1730;Tynaarlo;gemeente;PV22;;nee
        GM1701;Westerveld;gemeente;PV22;;nee
        GM0200;Apeldoorn;gemeente;PV25;;nee
        GM0889;Beesel;gemeente;PV31;;nee
        GM0893;Bergen (L.);gemeente;PV31;;nee
        GM1711;Echt-Susteren;gemeente;PV31;;nee
        GM0907;Gennep;gemeente;PV31;;nee
        GM1507;Horst aan de Maas;gemeente;PV31;;nee
        GM1640;Leudal;gemeente;PV31;;nee
        GM1641;Maasgouw;gemeente;PV31;;nee
        GM0944;Mook en Middelaar;gemeente;PV31;;nee
        GM0946;Nederweert;gemeente;PV31;;nee
        GM1894;Peel en Maas;gemeente;PV31;;nee
        GM1669;Roerdalen;gemeente;PV31;;nee
        GM0957;Roermond;gemeente;PV31;;nee
        GM0983;Venlo;gemeente;PV31;;nee
        GM0984;Venray;gemeente;PV31;;nee
        GM0988;Weert;gemeente;PV31;;nee
        WK011901;Meppel-Centrum (demo);wijk;GM0119;;ja
        WK011902;Haveltermade (demo);wijk;GM0119;;ja
        WK011903;Oosterboer (demo);wijk;GM0119;;ja
        WK011904;Koedijkslanden (demo);wijk;GM0119;;ja
        WK011905;Nieuwveense Landen (demo);wijk;GM0119;;ja
        PC4-7940;Meppel 7940;pc4;GM0119;;nee
        PC4-7941;Meppel 7941;pc4;GM0119;;nee
        PC4-7942;Meppel 7942 (Watertoren/Haveltermade);pc4;GM0119;;nee
        PC4-7943;Meppel 7943;pc4;GM0119;;nee
        PC4-7944;Meppel 7944;pc4;GM0119;;nee
        PC4-5911;Venlo 5911 (centrum);pc4;GM0983;;nee
        PC4-5912;Venlo 5912;pc4;GM0983;;nee
        PC4-5913;Venlo 5913;pc4;GM0983;;nee
        PC4-5914;Venlo 5914;pc4;GM0983;;nee
        nml;Noord- en Midden-Limburg;regio;;GM0889 GM0893 GM1711 GM0907 GM1507 GM1640 GM1641 GM0946 GM1894 GM1669 GM0957 GM0983 GM0984 GM0988;nee
        ggd-drenthe;GGD Drenthe;regio;;GM1680 GM0106 GM1681 GM0109 GM1690 GM0114 GM0118 GM0119 GM1731 GM1699 GM1730 GM1701;nee
        """
}
