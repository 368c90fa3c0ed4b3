package fr.bobine.rights.cuesheet;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CueSheetList")
public record CueSheetList(List<CueSheetDto> items) {
}
