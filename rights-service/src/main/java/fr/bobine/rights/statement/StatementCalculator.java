package fr.bobine.rights.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.Position;
import fr.bobine.rights.waterfall.PositionKind;
import fr.bobine.rights.waterfall.ReceiptKind;
import fr.bobine.rights.waterfall.Step;

/**
 * The figures of a participant's statement (CPI L132-28 and Code du cinéma D213-13: receipts for each mode of
 * exploitation, at least once a year). Per mode, and apart within it the MG and pre-sales received (which count as the
 * producer's net receipts when received, protocol of 16/12/2010 art. 3.2): gross receipts of the period, the
 * deductions made before the money reached the participant's first position, that base, and the participant's share. An author's advance (à-valoir)
 * is repaid from the share before anything is due; MG recoupment is reported as recouped so far.
 */
public final class StatementCalculator {

    private static final Set<PositionKind> AUTHOR_KINDS = Set.of(PositionKind.AUTHOR_RNPP, PositionKind.AUTHOR_PUBLIC_PRICE,
            PositionKind.PER_TICKET);

    /** One receipt's path down the waterfall. */
    public record Path(LocalDate date, Media media, ReceiptKind kind, BigDecimal gross, List<Step> steps) {

        public Path(LocalDate date, Media media, BigDecimal gross, List<Step> steps) {
            this(date, media, ReceiptKind.EXPLOITATION, gross, steps);
        }
    }

    /** A line of the statement: a mode of exploitation and what its money was (receipts, MG, pre-sales). */
    private record LineKey(Media media, ReceiptKind kind) implements Comparable<LineKey> {
        @Override
        public int compareTo(LineKey o) {
            return media != o.media ? media.compareTo(o.media) : kind.compareTo(o.kind);
        }
    }

    private StatementCalculator() {
    }

    /** {@code paths} are all the receipts up to the end of the period; only those inside it make the lines. */
    public static StatementDto compute(String holder, LocalDate start, LocalDate end, String currency, List<Position> positions,
            List<Path> paths, BigDecimal previouslyDue) {
        List<Position> own = positions.stream().filter(p -> holder.equals(p.holder())).toList();
        Set<String> authorIds = Set.copyOf(own.stream().filter(p -> AUTHOR_KINDS.contains(p.kind())).map(Position::id).toList());
        Set<String> mgIds = Set.copyOf(own.stream().filter(p -> p.kind() == PositionKind.MG_RECOUPMENT).map(Position::id).toList());
        BigDecimal authorAdvances = own.stream().filter(p -> AUTHOR_KINDS.contains(p.kind()) && p.amount() != null
                && p.kind() != PositionKind.PER_TICKET).map(Position::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mgs = own.stream().filter(p -> mgIds.contains(p.id())).map(Position::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<LineKey, BigDecimal[]> lines = new TreeMap<>();
        BigDecimal shareToDate = BigDecimal.ZERO;
        BigDecimal authorShareToDate = BigDecimal.ZERO;
        BigDecimal mgRecouped = BigDecimal.ZERO;
        for (Path path : paths) {
            if (path.date().isAfter(end)) {
                continue;
            }
            BigDecimal share = BigDecimal.ZERO;
            BigDecimal base = BigDecimal.ZERO;
            String firstNode = null;
            for (Step step : path.steps()) {
                if (!holder.equals(step.holder())) {
                    continue;
                }
                // a receipt split at a threshold passes the participant's first position once per part
                if (firstNode == null) {
                    firstNode = step.nodeId();
                }
                if (firstNode.equals(step.nodeId())) {
                    base = base.add(step.reached());
                }
                share = share.add(step.took());
                if (authorIds.contains(step.nodeId())) {
                    authorShareToDate = authorShareToDate.add(step.took());
                }
                if (mgIds.contains(step.nodeId())) {
                    mgRecouped = mgRecouped.add(step.took());
                }
            }
            shareToDate = shareToDate.add(share);
            if (!path.date().isBefore(start)) {
                BigDecimal reached = base;
                BigDecimal[] line = lines.computeIfAbsent(new LineKey(path.media(), path.kind()),
                        m -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
                line[0] = line[0].add(path.gross());
                line[1] = line[1].add(path.gross().subtract(reached));
                line[2] = line[2].add(reached);
                line[3] = line[3].add(share);
            }
        }
        BigDecimal advanceRecouped = authorShareToDate.min(authorAdvances);
        BigDecimal due = shareToDate.subtract(advanceRecouped).subtract(previouslyDue).max(BigDecimal.ZERO);
        BigDecimal[] totals = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
        List<StatementLine> statementLines = lines.entrySet().stream().map(e -> {
            BigDecimal[] v = e.getValue();
            for (int i = 0; i < 4; i++) {
                totals[i] = totals[i].add(v[i]);
            }
            return new StatementLine(e.getKey().media(), e.getKey().kind(), money(v[0], currency), money(v[1], currency), money(v[2], currency),
                    money(v[3], currency));
        }).toList();
        return new StatementDto(null, null, null, null, holder, start, end, statementLines, money(totals[0], currency),
                money(totals[1], currency), money(totals[3], currency), money(shareToDate, currency),
                money(authorAdvances.add(mgs), currency), money(advanceRecouped.add(mgRecouped), currency),
                money(previouslyDue, currency), money(due, currency), null);
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency).rounded();
    }
}
