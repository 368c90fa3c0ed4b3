package fr.bobine.rights.version;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WaterfallVersionList", description = "The waterfall versions of a production, oldest first")
public record WaterfallVersionList(List<WaterfallVersionDto> items) {
}
