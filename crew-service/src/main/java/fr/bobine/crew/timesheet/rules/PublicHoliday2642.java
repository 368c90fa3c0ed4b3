package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN IDCC 2642 art. VII.2: 1 May paid 300 % (+200 %); 1 Jan, 14 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec 200 % (+100 %); Easter Monday, 8 May, Ascension 150 % (+50 %); Whit Monday none.
public final class PublicHoliday2642 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        return FrenchPublicHolidays.of(slot.date()).flatMap(holiday -> switch (holiday) {
            case LABOUR_DAY -> Optional.of(new Premium(PayItem.PUBLIC_HOLIDAY, 200));
            case NEW_YEAR, BASTILLE_DAY, ASSUMPTION, ALL_SAINTS, ARMISTICE, CHRISTMAS ->
                Optional.of(new Premium(PayItem.PUBLIC_HOLIDAY, 100));
            case EASTER_MONDAY, VICTORY_1945, ASCENSION -> Optional.of(new Premium(PayItem.PUBLIC_HOLIDAY, 50));
            case WHIT_MONDAY -> Optional.empty();
        });
    }
}
