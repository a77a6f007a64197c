/** Internal: the Jackson serializers of the engagement format. Not exported. */
@NullMarked
package org.engagement.json.ser;

import org.jspecify.annotations.NullMarked;
