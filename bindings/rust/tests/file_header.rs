//! Since libffnn 1.4: `FileHeader`, a safetensors file's header read on its
//! own (header section 18). Every expected value comes from the bytes the
//! test writes and the file format (an 8-byte little-endian header length,
//! the JSON header, the data; header sections 11 and 18), never from the
//! library's own reading.
use ffnn::{Activation, FileHeader, Loss, Net, Status, TensorInfo};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A path under the temporary directory, unique to this process and call,
/// removed (file or directory) when dropped, also when the test fails.
struct TempPath(PathBuf);

impl TempPath {
    fn new(name: &str) -> TempPath {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        TempPath(std::env::temp_dir().join(format!("ffnn-rust-header-{}-{n}-{name}", std::process::id())))
    }

    fn with(path: PathBuf) -> TempPath {
        TempPath(path)
    }

    fn write(name: &str, bytes: &[u8]) -> TempPath {
        let path = TempPath::new(name);
        std::fs::write(&path.0, bytes).unwrap();
        path
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        let _ = std::fs::remove_dir(&self.0);
    }
}

/// A safetensors file: the header padded with spaces to a multiple of 8
/// (as safetensors writes it), its length before it, the data after.
/// Returns the bytes and N, the padded header's length.
fn safetensors(json: &str, data: &[u8]) -> (Vec<u8>, u64) {
    let mut header = json.as_bytes().to_vec();
    while header.len() % 8 != 0 {
        header.push(b' ');
    }
    let n = header.len() as u64;
    let mut bytes = n.to_le_bytes().to_vec();
    bytes.extend(header);
    bytes.extend(data);
    (bytes, n)
}

fn f32s(bytes: &[u8]) -> Vec<f32> {
    bytes.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect()
}

fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|f| f.to_bits()).collect()
}

fn range(t: &TensorInfo) -> std::ops::Range<usize> {
    t.begin as usize..t.end as usize
}

/// Metadata out of alphabetical order, with JSON escapes; tensors listed
/// out of byte order and "__metadata__" among them; a scalar, an empty
/// tensor, and a dtype safetensors does not define (whose 13 bytes need not
/// match its shape).
const HAND_WRITTEN: &str = r#"{"b.weight":{"dtype":"F32","shape":[2,3],"data_offsets":[8,32]},
"__metadata__":{"zeta":"last","alpha":"say \"hi\"","mid":"caf\u00e9"},
"empty.\u00fc":{"dtype":"U8","shape":[0],"data_offsets":[45,45]},
"quant":{"dtype":"Q4_K","shape":[4,5],"data_offsets":[32,45]},
"scalar":{"dtype":"F64","shape":[],"data_offsets":[0,8]}}"#;

/// The 45 data bytes of HAND_WRITTEN: scalar, b.weight, quant.
fn hand_written_data() -> Vec<u8> {
    let mut data = 2.5f64.to_le_bytes().to_vec();
    for v in [1.0f32, -2.0, 3.5, 4.0, -5.25, 6.0] {
        data.extend(v.to_le_bytes());
    }
    data.extend([0xAB; 13]);
    assert_eq!(data.len(), 45);
    data
}

/// What HAND_WRITTEN says, its data beginning at 8 + n.
fn hand_written_expected(n: u64) -> FileHeader {
    let at = 8 + n;
    let tensor = |name: &str, dtype: &str, shape: &[u64], begin: u64, end: u64| TensorInfo {
        name: name.to_string(),
        dtype: dtype.to_string(),
        shape: shape.to_vec(),
        begin: at + begin,
        end: at + end,
    };
    FileHeader {
        size: at + 45,
        metadata: [("zeta", "last"), ("alpha", "say \"hi\""), ("mid", "caf\u{e9}")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        tensors: vec![
            tensor("scalar", "F64", &[], 0, 8),
            tensor("b.weight", "F32", &[2, 3], 8, 32),
            tensor("quant", "Q4_K", &[4, 5], 32, 45),
            tensor("empty.\u{fc}", "U8", &[0], 45, 45),
        ],
    }
}

#[test]
fn a_hand_written_file_from_bytes_and_from_a_path() {
    let (bytes, n) = safetensors(HAND_WRITTEN, &hand_written_data());
    let want = hand_written_expected(n);

    let header = FileHeader::from_bytes(&bytes).unwrap();
    // Field by field first, for a readable failure, then the whole.
    assert_eq!(header.size, bytes.len() as u64);
    assert_eq!(header.size, want.size);
    assert_eq!(header.metadata, want.metadata, "in the JSON's order");
    let names: Vec<&str> = header.tensors.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["scalar", "b.weight", "quant", "empty.\u{fc}"], "by where their bytes begin");
    for (got, want) in header.tensors.iter().zip(&want.tensors) {
        assert_eq!(got, want);
    }
    assert_eq!(header, want);

    // The ranges are the file's bytes, counted from its start.
    let t = &header.tensors;
    assert_eq!(f64::from_le_bytes(bytes[range(&t[0])].try_into().unwrap()), 2.5);
    assert_eq!(f32s(&bytes[range(&t[1])]), [1.0, -2.0, 3.5, 4.0, -5.25, 6.0]);
    assert_eq!(&bytes[range(&t[2])], &[0xAB; 13][..]);
    assert_eq!(t[3].begin, bytes.len() as u64);

    assert_eq!(header.metadata_value("alpha"), Some("say \"hi\""));
    assert_eq!(header.metadata_value("mid"), Some("caf\u{e9}"));
    assert_eq!(header.metadata_value("zeta"), Some("last"));
    assert_eq!(header.metadata_value("format"), None);
    assert_eq!(header.metadata_value("scalar"), None, "a tensor is not metadata");

    let file = TempPath::write("hand.safetensors", &bytes);
    assert_eq!(FileHeader::open(&file.0).unwrap(), want);
    // Any AsRef<Path>: &PathBuf above, &str and &Path here.
    assert_eq!(FileHeader::open(file.0.to_str().unwrap()).unwrap(), want);
    assert_eq!(FileHeader::open(file.0.as_path()).unwrap(), want);
}

/// No metadata and no tensors: an empty header is a file too.
#[test]
fn an_empty_header() {
    let (bytes, n) = safetensors("{}", &[]);
    let header = FileHeader::from_bytes(&bytes).unwrap();
    assert_eq!(header, FileHeader { size: 8 + n, metadata: vec![], tensors: vec![] });
    assert_eq!(header.metadata_value(""), None);
}

/// A name that is not UTF-8 reaches the file system as its bytes.
#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let (bytes, n) = safetensors(HAND_WRITTEN, &hand_written_data());
    let name = format!("ffnn-rust-header-{}-", std::process::id());
    let mut raw = name.into_bytes();
    raw.extend(b"\xff\xfe.safetensors");
    let path = TempPath::with(std::env::temp_dir().join(std::ffi::OsStr::from_bytes(&raw)));
    assert!(path.0.to_str().is_none());
    std::fs::write(&path.0, &bytes).unwrap();
    assert_eq!(FileHeader::open(&path.0).unwrap(), hand_written_expected(n));
}

#[test]
fn a_checkpoint_saved_by_the_binding() {
    let sizes = [3usize, 5, 2];
    let mut net = Net::new(&sizes, &[Activation::Tanh, Activation::Softmax], Loss::Ce, 9).unwrap();
    net.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    let x = [0.5, -1.0, 0.25, 1.0, 0.0, -0.75];
    let y = [1.0, 0.0, 0.0, 1.0];
    for _ in 0..3 {
        net.train_step(&x, &y, 2, 0.1).unwrap();
    }
    net.set_metadata("user.note", Some("for the header test")).unwrap();

    let file = TempPath::new("ckpt.safetensors");
    net.save_checkpoint(&file.0).unwrap();
    let on_disk = std::fs::read(&file.0).unwrap();
    let header = FileHeader::open(&file.0).unwrap();
    assert_eq!(FileHeader::from_bytes(&net.to_checkpoint_bytes().unwrap()).unwrap(), header);
    assert_eq!(FileHeader::from_bytes(&on_disk).unwrap(), header);

    // Sizes from the bytes: 8 + N + the data.
    let n = u64::from_le_bytes(on_disk[..8].try_into().unwrap());
    assert_eq!(header.size, on_disk.len() as u64);
    let json = std::str::from_utf8(&on_disk[8..8 + n as usize]).unwrap();

    // Metadata of section 11.
    for (key, value) in [
        ("format", "ffnn"),
        ("sizes", "3,5,2"),
        ("activations", "tanh,softmax"),
        ("loss", "ce"),
        ("optimizer", "adam"),
        ("user.note", "for the header test"),
    ] {
        assert_eq!(header.metadata_value(key), Some(value), "{key}");
    }
    // In the order the JSON lists them.
    let metadata_at = json.find("\"__metadata__\"").unwrap();
    let mut last = metadata_at;
    for (key, _) in &header.metadata {
        let at = metadata_at + json[metadata_at..].find(&format!("\"{key}\":")).expect(key);
        assert!(at > last, "{key} is out of the JSON's order in {json}");
        last = at;
    }
    assert!(header.metadata.len() >= 6 + 2, "the optimizer's parameters too: {:?}", header.metadata);

    // Tensors of section 11: each parameter with Adam's m and v beside it,
    // in the parameter's shape, F32.
    let mut want: Vec<(String, Vec<u64>)> = Vec::new();
    for l in 1..sizes.len() {
        let (rows, cols) = (sizes[l] as u64, sizes[l - 1] as u64);
        for (param, shape) in [("weight", vec![rows, cols]), ("bias", vec![rows])] {
            for suffix in ["", ".exp_avg", ".exp_avg_sq"] {
                want.push((format!("layers.{l}.{param}{suffix}"), shape.clone()));
            }
        }
    }
    let mut got: Vec<(String, Vec<u64>)> =
        header.tensors.iter().map(|t| (t.name.clone(), t.shape.clone())).collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    for t in &header.tensors {
        assert_eq!(t.dtype, "F32", "{}", t.name);
        assert_eq!(t.end - t.begin, 4 * t.shape.iter().product::<u64>(), "{}", t.name);
    }

    // The ranges tile the data: from 8 + N to the end, in order, no gaps.
    assert_eq!(header.tensors[0].begin, 8 + n);
    for pair in header.tensors.windows(2) {
        assert_eq!(pair[0].end, pair[1].begin, "{} then {}", pair[0].name, pair[1].name);
    }
    assert_eq!(header.tensors.last().unwrap().end, header.size);

    // The parameters' bytes are the network's, little-endian f32.
    let tensor = |name: &str| header.tensors.iter().find(|t| t.name == name).unwrap();
    let (w1, _) = net.layer(1).unwrap();
    assert_eq!(bits(&f32s(&on_disk[range(tensor("layers.1.weight"))])), bits(&w1));
    for l in 1..sizes.len() {
        let (w, b) = net.layer(l).unwrap();
        assert_eq!(bits(&f32s(&on_disk[range(tensor(&format!("layers.{l}.weight")))])), bits(&w));
        assert_eq!(bits(&f32s(&on_disk[range(tensor(&format!("layers.{l}.bias")))])), bits(&b));
    }
}

#[test]
fn a_metadata_value_that_is_not_a_string() {
    let (bytes, _) = safetensors(r#"{"__metadata__":{"format":"ffnn","epochs":3}}"#, &[]);
    let file = TempPath::write("number.safetensors", &bytes);
    for e in [FileHeader::from_bytes(&bytes).unwrap_err(), FileHeader::open(&file.0).unwrap_err()] {
        assert_eq!(e.status, Status::Format, "{e}");
        assert!(e.message.contains("epochs"), "names the key: {e}");
        assert!(e.message.starts_with("ffnn_file_open"), "the library's message: {e}");
    }
}

#[test]
fn format_errors() {
    // Offsets past the 8 bytes of data, and reversed ones.
    for (name, offsets) in [("too_far", "[0,16]"), ("reversed", "[8,0]")] {
        let json = format!(r#"{{"{name}":{{"dtype":"F32","shape":[2],"data_offsets":{offsets}}}}}"#);
        let (bytes, _) = safetensors(&json, &[0; 8]);
        let e = FileHeader::from_bytes(&bytes).unwrap_err();
        assert_eq!(e.status, Status::Format, "{e}");
        assert!(e.message.contains(name), "names the tensor: {e}");
    }
    // A dtype safetensors defines must cover the bytes of its shape.
    let (bytes, _) = safetensors(r#"{"short":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, &[0; 8]);
    let e = FileHeader::from_bytes(&bytes).unwrap_err();
    assert_eq!(e.status, Status::Format, "{e}");
    assert!(e.message.contains("short"), "{e}");

    // A metadata key given twice: metadata_value's one answer is the only one.
    let (bytes, _) = safetensors(r#"{"__metadata__":{"twice":"a","twice":"b"}}"#, &[]);
    let e = FileHeader::from_bytes(&bytes).unwrap_err();
    assert_eq!(e.status, Status::Format, "{e}");
    assert!(e.message.contains("twice"), "{e}");

    // Not a whole file: too short, a length past the end, not JSON.
    let (good, _) = safetensors("{}", &[]);
    let mut too_long = good.clone();
    too_long[..8].copy_from_slice(&(good.len() as u64).to_le_bytes());
    let (not_json, _) = safetensors("{\"a\":", &[]);
    for bytes in [&[][..], &good[..7], &too_long[..], &not_json[..]] {
        let e = FileHeader::from_bytes(bytes).unwrap_err();
        assert_eq!(e.status, Status::Format, "{} bytes: {e}", bytes.len());
        assert!(!e.message.is_empty());
    }
}

/// The header is UTF-8 JSON: bytes that are not UTF-8, and an escaped NUL
/// (which a C string could not hold), are refused, so every name the
/// header gives back is whole.
#[test]
fn names_that_are_not_utf8_text() {
    let file = |middle: &[u8]| {
        let mut json = br#"{"__metadata__":{"k":"v"},"bad"#.to_vec();
        json.extend(middle);
        json.extend(br#"":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}"#);
        let mut bytes = (json.len() as u64).to_le_bytes().to_vec();
        bytes.extend(&json);
        bytes.push(7);
        bytes
    };
    // The same file with text where the bad bytes go opens.
    assert_eq!(FileHeader::from_bytes(&file(b"ok")).unwrap().tensors[0].name, "badok");
    for middle in [&b"\xff\xfe"[..], b"\\u0000"] {
        let e = FileHeader::from_bytes(&file(middle)).unwrap_err();
        assert_eq!(e.status, Status::Format, "{middle:?}: {e}");
    }
    let (bytes, _) = safetensors(r#"{"__metadata__":{"a\u0000b":"v"}}"#, &[]);
    let e = FileHeader::from_bytes(&bytes).unwrap_err();
    assert_eq!(e.status, Status::Format, "{e}");
    let (bytes, _) = safetensors(r#"{"__metadata__":{"a\u0001b":"v"}}"#, &[]);
    assert_eq!(FileHeader::from_bytes(&bytes).unwrap().metadata_value("a\u{1}b"), Some("v"));
}

#[test]
fn io_errors() {
    let missing = TempPath::new("missing.safetensors");
    let e = FileHeader::open(&missing.0).unwrap_err();
    assert_eq!(e.status, Status::Io, "{e}");
    assert!(e.message.contains(missing.0.to_str().unwrap()), "names the path: {e}");

    let dir = TempPath::new("dir");
    std::fs::create_dir(&dir.0).unwrap();
    let e = FileHeader::open(&dir.0).unwrap_err();
    assert_eq!(e.status, Status::Io, "{e}");
    assert!(e.message.starts_with("ffnn_file_open"), "{e}");

    // A NUL byte cannot reach C: this binding's own error, as Net::load's.
    let e = FileHeader::open(Path::new("model\0.safetensors")).unwrap_err();
    assert_eq!(e.status, Status::Arg, "{e}");
    assert!(e.message.contains("NUL"), "{e}");
    assert_eq!(e, Net::load("model\0.safetensors").unwrap_err());
}
