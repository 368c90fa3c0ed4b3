package fr.bobine.rights.receipt;

/** The theatrical preset of WaterfallResourceTest with a 300.00 advance to the director. */
public final class WaterfallResourceTestData {

    public static final String PRESET_WITH_ADVANCE = WaterfallResourceTest.PRESET.replace(
            "\"rate\": \"0.02\"}", "\"rate\": \"0.02\", \"advance\": {\"amount\": \"300.00\", \"currency\": \"EUR\"}}");

    private WaterfallResourceTestData() {
    }
}
