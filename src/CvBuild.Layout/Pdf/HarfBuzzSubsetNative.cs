using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CvBuild.Layout.Pdf;

// HarfBuzzSharp's managed API has no binding for hb-subset, but the native
// libHarfBuzzSharp shipped by HarfBuzzSharp.NativeAssets.* exports the hb_subset_*
// symbols, so we bind the handful we need ourselves. All signatures use blittable
// types only, so no AllowUnsafeBlocks / runtime marshalling stubs are needed.
internal static class HarfBuzzSubsetNative
{
    private const string Lib = "libHarfBuzzSharp";

    // hb_memory_mode_t: DUPLICATE makes HarfBuzz copy the bytes, so the managed
    // array need only stay pinned for the duration of the hb_blob_create call.
    internal const int MemoryModeDuplicate = 0;

    // hb_subset_flags_t (hb-subset.h)
    internal const uint FlagNoHinting = 0x001;
    internal const uint FlagRetainGids = 0x002;
    internal const uint FlagNotdefOutline = 0x040;
    internal const uint FlagNoLayoutClosure = 0x200;

    // hb_subset_sets_t (hb-subset.h)
    internal const int SetsDropTableTag = 3;

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern BlobHandle hb_blob_create(byte[] data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern IntPtr hb_blob_get_data(BlobHandle blob, out uint length);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern FaceHandle hb_face_create(BlobHandle blob, uint index);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern void hb_face_destroy(IntPtr face);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern FaceHandle hb_face_reference(IntPtr face);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern uint hb_face_get_glyph_count(FaceHandle face);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern BlobHandle hb_face_reference_blob(FaceHandle face);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern void hb_face_collect_nominal_glyph_mapping(FaceHandle face, MapHandle mapping, SetHandle unicodes);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern SetHandle hb_set_create();

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern void hb_set_destroy(IntPtr set);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern MapHandle hb_map_create();

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern void hb_map_destroy(IntPtr map);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern uint hb_map_get(MapHandle map, uint key);

    // Iterates a map's key/value pairs: idx starts at -1; returns 0 past the last pair (HarfBuzz 5.0.0).
    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern int hb_map_next(IntPtr map, ref int idx, out uint key, out uint value);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern SubsetInputHandle hb_subset_input_create_or_fail();

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern void hb_subset_input_destroy(IntPtr input);

    // The returned sets are owned by the input object: borrowed pointers, never destroyed by us.
    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern IntPtr hb_subset_input_glyph_set(SubsetInputHandle input);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern IntPtr hb_subset_input_unicode_set(SubsetInputHandle input);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern IntPtr hb_subset_input_set(SubsetInputHandle input, int setType);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern void hb_subset_input_set_flags(SubsetInputHandle input, uint flags);

    [DllImport(Lib, CallingConvention = CallingConvention.Cdecl)]
    internal static extern FaceHandle hb_subset_or_fail(FaceHandle source, SubsetInputHandle input);

    internal static uint Tag(string tag) =>
        ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];

    internal sealed class BlobHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
    {
        protected override bool ReleaseHandle() { hb_blob_destroy(handle); return true; }
    }

    internal sealed class FaceHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
    {
        protected override bool ReleaseHandle() { hb_face_destroy(handle); return true; }
    }

    internal sealed class SetHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
    {
        protected override bool ReleaseHandle() { hb_set_destroy(handle); return true; }
    }

    internal sealed class MapHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
    {
        protected override bool ReleaseHandle() { hb_map_destroy(handle); return true; }
    }

    internal sealed class SubsetInputHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
    {
        protected override bool ReleaseHandle() { hb_subset_input_destroy(handle); return true; }
    }
}
