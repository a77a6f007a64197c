/** Internal: the Jackson deserializers of the engagement format. Not exported. */
@NullMarked
package org.engagement.json.deser;

import org.jspecify.annotations.NullMarked;
