#include <vips/vips.h>

/* Swift cannot call C variadic functions, so each libvips call Torg makes, with its options,
   is spelled out here as a plain inline function. No other code lives in this module. */

static inline int torg_vips_header(const char *path, VipsImage **out) {
    /* Opening reads the header only; pixels are decoded when an operation asks for them. */
    *out = vips_image_new_from_file(path, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
    return *out ? 0 : -1;
}

static inline int torg_vips_thumbnail(const char *path, VipsImage **out, int width, int height, int to_srgb) {
    /* Forced to the exact size Torg computed from the header (the aspect ratio is kept to within
       a pixel), so the HTML's width and height match the file. The orientation is applied. */
    if (to_srgb)
        return vips_thumbnail(path, out, width, "height", height, "size", VIPS_SIZE_FORCE,
                              "export_profile", "srgb", NULL);
    return vips_thumbnail(path, out, width, "height", height, "size", VIPS_SIZE_FORCE, NULL);
}

static inline int torg_vips_jpeg(VipsImage *in, void **buf, size_t *len, int quality) {
    return vips_jpegsave_buffer(in, buf, len, "Q", quality, "optimize_coding", TRUE, "interlace", TRUE, "strip", TRUE, NULL);
}

static inline int torg_vips_png(VipsImage *in, void **buf, size_t *len) {
    return vips_pngsave_buffer(in, buf, len, "compression", 9, "strip", TRUE, NULL);
}

static inline int torg_vips_webp(VipsImage *in, void **buf, size_t *len, int quality, int effort) {
    return vips_webpsave_buffer(in, buf, len, "Q", quality, "effort", effort, "strip", TRUE, NULL);
}

static inline int torg_vips_avif(VipsImage *in, void **buf, size_t *len, int quality, int effort) {
    return vips_heifsave_buffer(in, buf, len, "Q", quality, "effort", effort,
                                "compression", VIPS_FOREIGN_HEIF_COMPRESSION_AV1, "strip", TRUE, NULL);
}
