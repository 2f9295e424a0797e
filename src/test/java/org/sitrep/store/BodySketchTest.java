package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sketches are stored: a body sketched today must give the values stored by earlier versions, or copies go unseen. */
class BodySketchTest {
    @Test
    void sketchesABodyAsEarlierVersionsStoredIt() {
        BodySketch s = BodySketch.of(List.of("Shelling in Aleppo's east killed 12, the Observatory said; \ufb01ve were children.",
                "\uff26\uff55\uff4c\uff4c-width \uff14\uff12 and Arabic \u062d\u0644\u0628 \u0663 and \u216b roman \u2014 the city's 3rd day of strikes under U.N. watch."));
        assertThat(s.hash()).isEqualTo("c83b98a2d5da291d463c330e5a473e4d52a74bc3384896cf76c3d1e18fd6d476");
        assertThat(s.words()).isEqualTo(34);
        assertThat(s.sketchText()).isEqualTo("e17f2bf21566411 24ea671ee140caca 6b4811d2143347c 140f82d3c3696ca c3c0737f07220cc 99a68a7fa270268 d081dadb2abfb1e 4693645f6dd08f2 ef01720167c3dcd 68ff02209aa27cd 63b38636b08484d 9ef220913b7e554 146d2ae92019e8bb 13cad3dfc05cb803 ad0d8a3715029fa 55d84bed2a4d332 4d8dd11919b336a 291200429a66e1d 9f2e65637e85545 712ce59255d23c0 4111a360a8427ad 25f53f20592a05d 7fd670cf07eb7e6 435c0e755f91bf4 1da84fbad314011a f9d26aa3b8cce99 25b1d8cd1df66d6 12e1e7357195faee 252d25b28980857 6208ace7ae614b1 77ebb7215a6675a 229bdd593fd3833 1bda68142e39f6b2 235aaa1dd8d290f 43eb324e2ae6612 59633a68b3bd584 726276e3c638fb3 956ffd463ed83d0 603f0f9c554eab ce36f861406975 f0a1c43184c3e0 1326f0714324760c af371fe4730354 ed5755666d2d1 6fe78fde9b013c7 10bfd7fa3232969 cf0be6401ea655 577e370ac68fd38 11b1c2c899e4d42 2b55436ff0df95c 1d678abb04fcee c7bf7878b24a1f6 c053186177ffb5a c1ba61ee3b12eeb 30088dc4e6fd744 29a8b279f03a40b 3e0c8a44aa4884b d6e844d24a4a90f 1dec8c7ca42ef708 15230dde4370f5 a72c471adfacdbb 244b2731fe5fbc2 32e43d3d829ede2 22e4aab74a2f902d");
        assertThat(s.bands()).hasSize(BodySketch.BANDS).startsWith("00:e17f2bf21566411.24ea671ee140caca.6b4811d2143347c.140f82d3c3696ca.").endsWith("15:a72c471adfacdbb.244b2731fe5fbc2.32e43d3d829ede2.22e4aab74a2f902d.");
    }

    @Test
    void sketchesABodyShorterThanAShingleAsOneShingle() {
        assertThat(BodySketch.of(List.of("Two words")).sketchText()).isEqualTo("3f04d677dcb1976b af29aee94e8c8029 7fba79abae9dc598 e2375b751e19285b e61efc7e66ecd8ed ef0d3e06fc150c30 8ac6838cb4ff22eb e43666b693d95f1e 85965023c491819 d76e1671d6adbec6 580aa114bc48c8f8 11717d4a81a8071b b6a6f290bdd23bfe 714f2bf4e730915f ac514979e540f533 f7db9dd083b096b 27b80393bcf75e1 6b5a8cb059d178d9 38b7a1069d810ec4 f2dbd17df076e0ea 567cc54e0343f168 d2a0e2ef2aab9e7f 602fff1566e8f35a 593a3becd6b335cd 3108a99eb14970d4 1cbe993890dca0b5 2c3d561d501e5c0b bc6f7577faec46b5 3a4990a90cf24d1e 7618a8a789d21450 5b207122445054e3 5f90513cde071865 d68dbff98a7d27c9 4052b53b72a8ca32 6f41546a6cc8508f f3154dd8ae9bd02d 2ee5bb1018c7fc26 51e48fe9d59a6473 986bb63ad297fa28 8f5c906400810da7 df0dec5a2c96ee44 cadbcbf3637bfbe0 a674db952fae646e fddc1c737927a356 d530ed96b91e3e00 8ed1f4ce91ef9551 4b21095d4c1aae89 e35723d2ddee096f 9261e2415b9dff0c 8bcddbd6f61680ba 77e0c89ee37279d6 9fc8f0a3cd32f23 a06e43c3747ee02c 1f191ab1716454b0 97a9b1d4e3ec9d80 44737bb74964669 d385b361c0e3c42f 5b179f71b4e7e8b2 69406c91c393f8c3 80dd9a31ca436c8f f86a5444f5728d30 922c26c71e2815d3 945c90462f86cc44 d730d863a4269bd2");
    }
}
