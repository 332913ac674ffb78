//! set_num_threads / num_threads: OpenBLAS's thread count. One test
//! function, since the count is shared by every thread of this test binary.
use ffnn::Status;

#[test]
fn thread_count_is_set_and_bad_counts_are_refused() {
    let before = ffnn::num_threads();
    ffnn::set_num_threads(1).unwrap();
    assert_eq!(ffnn::num_threads(), 1);
    ffnn::set_num_threads(2).unwrap();
    let two = ffnn::num_threads(); // 1 where OpenBLAS is built for one thread
    assert!(two == 1 || two == 2, "{two}");

    let e = ffnn::set_num_threads(0).unwrap_err();
    assert_eq!(e.status, Status::Arg);
    // The library's text.
    assert!(e.message.contains("ffnn_set_num_threads: n is 0"), "{e}");
    // Past a C int: refused here, not wrapped around to a small count.
    let mut past = vec![1usize << 31, usize::MAX];
    #[cfg(target_pointer_width = "64")]
    past.push((1usize << 32) + 1); // would wrap to 1
    for n in past {
        let e = ffnn::set_num_threads(n).unwrap_err();
        assert_eq!(e.status, Status::Arg);
        assert!(e.message == format!("set_num_threads: n is {n}, outside a C int"), "{e}");
    }
    assert_eq!(ffnn::num_threads(), two);
    ffnn::set_num_threads(before).unwrap();
}
