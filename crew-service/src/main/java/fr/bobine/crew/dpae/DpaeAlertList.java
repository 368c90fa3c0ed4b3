package fr.bobine.crew.dpae;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DpaeAlertList", description = "Contracts starting within 48 h whose DPAE is not acknowledged")
public record DpaeAlertList(List<DpaeAlert> items) {
}
