package fr.bobine.budget.financing;

import fr.bobine.budget.devis.DevisExport;

/** CSV and XLSX of the financing plan: one row per source, then the totals against the locked budget. */
public final class FinancingExport {

    private FinancingExport() {
    }

    public static DevisExport.Table plan(FinancingPlanDto p, String lang) {
        DevisExport.Table csv = new DevisExport.Table(lang);
        boolean en = "en".equals(lang);
        csv.row(en ? "Kind" : "Nature", en ? "Financier" : "Financeur", en ? "Status" : "Statut", en ? "Public aid" : "Aide publique",
                en ? "Expected" : "Date prévue", en ? "Received" : "Date effective", en ? "Amount" : "Montant");
        for (FinancingSourceDto s : p.sources()) {
            csv.row(s.kind().name(), s.financier(), s.status().name(), s.publicAid() ? "1" : "0",
                    s.expectedDate() == null ? "" : s.expectedDate().toString(),
                    s.actualDate() == null ? "" : s.actualDate().toString(), csv.money(s.amount()));
        }
        csv.row("total", "", "", "", "", "", csv.money(p.total()));
        csv.row(en ? "confirmed and received" : "confirmé et reçu", "", "", "", "", "", csv.money(p.confirmed().plus(p.received())));
        csv.row(en ? "public aid" : "aides publiques", "", "", "", "", "", csv.money(p.publicAid()));
        if (p.lockedBudgetTotal() != null) {
            csv.row(en ? "locked budget" : "devis approuvé", "", "", "", "", "", csv.money(p.lockedBudgetTotal()));
            csv.row(p.gap().signum() >= 0 ? (en ? "gap" : "reste à financer") : (en ? "surplus" : "excédent"), "", "", "", "", "",
                    csv.money(p.gap().signum() >= 0 ? p.gap() : new fr.bobine.platform.money.Money(p.gap().amount().negate(), "EUR")));
        }
        if (p.taxCredit() != null) {
            csv.row(en ? "tax credit estimate" : "estimation du crédit d'impôt", p.taxCredit().scheme().name(), "", "", "", "",
                    csv.money(p.taxCredit().estimate()));
        }
        return csv;
    }
}
